using ClaimPipeline.Cli.Gazetteers;
using ClaimPipeline.Cli.Tests.Gazetteers;

namespace ClaimPipeline.Cli.Tests.Commands;

public sealed class GazetteerCommandTests
{
    [Fact]
    public void Run_PackagesAlreadyInWork_WritesTheTypedTableFromEverySource()
    {
        using var folder = new TempFolder();
        GazetteerFixtures.WriteAll(folder.Path);
        var output = Path.Combine(folder.Path, "gazetteers.tsv");
        var result = CliRunner.Run(["train", "gazetteers", "--out", output, "--work", folder.Path]);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains($"claims: compromise@14.17.0: already in {Path.Combine(folder.Path, PinnedPackages.Compromise.FileName)}", result.Error);
        var table = File.ReadAllText(output);
        Assert.Contains($"\n# Rebuild: claims train gazetteers --out {output}\n", table);
        Assert.Contains("\n# Source: wordnet-base=1:3.0-37 (Debian), licence WordNet 3.0 licence", table);
        Assert.Contains("\n# Attribution: city names are from GeoNames", table);
        // Left out as noise: "A" (one letter), "Of" (two letters), "The" and "Will" (stopwords), "Bath" (a small
        // town named by a common word; "Mobile" is big enough to stay), "Tiny Town" (too few people), "Central"
        // (common word), "apple" (a wiki title that is a common word), inverted and bracketed names, and the
        // ambiguous Person|Place tag.
        string[] expected =
        [
            "Albert Einstein\tperson",
            "BBC\torganization",
            "Einstein\tlast-name",
            "Europe\tplace",
            "France\tcountry",
            "Frankreich\tcountry",
            "French\tnationality",
            "German\tnationality",
            "John\tfirst-name",
            "Manchester United\tsports-team",
            "Mary\tfirst-name",
            "Mobile\tcity",
            "New York\twiki",
            "New York Times\twiki",
            "New York Yankees\tsports-team",
            "Paris\tcity,first-name",
            "Red Cross\torganization",
            "Smith\tlast-name",
            "South Korea\tcountry",
            "Springfield\tcity",
            "The Beatles\twiki",
            "Île-de-France\tregion",
        ];
        Assert.Equal(expected, table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')));
        Assert.Contains("# Phrases: 22; by class: person 1, first-name 3, last-name 2, country 3, city 3,", table);

        // A rerun reads the same archives and writes the same bytes.
        var again = CliRunner.Run(["train", "gazetteers", "--out", "-", "--work", folder.Path]);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(table.Replace(output, "-"), again.Out);
    }

    [Fact]
    public void Run_DamagedArchive_OneErrorLineNamingIt_Exit1()
    {
        using var folder = new TempFolder();
        GazetteerFixtures.WriteAll(folder.Path);
        var damaged = folder.File(PinnedPackages.Regions.FileName, "not gzip at all");
        var output = Path.Combine(folder.Path, "gazetteers.tsv");
        var result = CliRunner.Run(["train", "gazetteers", "--out", output, "--work", folder.Path]);
        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("claims: error:"));
        Assert.StartsWith($"claims: error: {damaged}: ", error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.False(File.Exists(output));
    }
}
