using System.Globalization;
using System.Text;

namespace ClaimPipeline.Cli.Tests.Commands;

public sealed class VectorClusterCommandTests
{
    /// <summary>In the package's layout: capitals near one axis, weekdays near another, sports near a third
    /// (each vector with two trailing numbers past the dimensions, as the package has).</summary>
    private static string Vectors()
    {
        string[][] groups = [["paris", "berlin", "rome", "madrid", "oslo"], ["monday", "tuesday", "friday", "sunday"], ["tennis", "soccer", "golf"]];
        var json = new StringBuilder("{\"dimensions\":4,\"words\":[],\"vectors\":{");
        int n = 0;
        for (int g = 0; g < groups.Length; g++)
            foreach (var word in groups[g])
            {
                var vector = new double[] { 0.1 * (n % 3), 0.05 * (n % 2), 0, 0.1 * (n % 4) };
                vector[g] += 2 + n % 3;
                if (n++ > 0) json.Append(',');
                json.Append($"\"{word}\":[{string.Join(',', vector.Select(v => v.ToString(CultureInfo.InvariantCulture)))},9.9,{n}]");
            }
        return json.Append("}}").ToString();
    }

    private static Dictionary<string, int[]> Rows(string table) => table.Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Where(l => !l.StartsWith('#')).Select(l => l.Split('\t'))
        .ToDictionary(f => f[0], f => f[1..].Select(int.Parse).ToArray());

    [Fact]
    public void Run_SmallVectors_WritesOneColumnPerSize_GroupsTogether()
    {
        using var folder = new TempFolder();
        var vectors = folder.File("vectors.json", Vectors());
        var output = Path.Combine(folder.Path, "clusters.tsv");
        var result = CliRunner.Run(["train", "vector-clusters", "--vectors", vectors, "--sizes", "3,5", "--out", output]);
        Assert.Equal(0, result.ExitCode);
        var table = File.ReadAllText(output);
        Assert.Contains($"# Built by: claims train vector-clusters --vectors {vectors} --sizes 3,5 --out {output}\n", table);
        Assert.Contains("# Vectors: vectors.json, 12 words x 4 dimensions; 12 words kept.", table);
        var rows = Rows(table);
        Assert.Equal(12, rows.Count);
        Assert.All(rows.Values, r => Assert.Equal(2, r.Length));
        Assert.Equal(["berlin", "friday", "golf", "madrid", "monday", "oslo", "paris", "rome", "soccer", "sunday", "tennis", "tuesday"], rows.Keys);
        // At size 3 the three groups are the three clusters.
        int[] Column(params string[] words) => words.Select(w => rows[w][0]).Distinct().ToArray();
        Assert.Single(Column("paris", "berlin", "rome", "madrid", "oslo"));
        Assert.Single(Column("monday", "tuesday", "friday", "sunday"));
        Assert.Single(Column("tennis", "soccer", "golf"));
        Assert.Equal(3, Column("paris", "monday", "tennis").Length);

        // The same command again writes the same bytes.
        var again = CliRunner.Run(["train", "vector-clusters", "--vectors", vectors, "--sizes", "3,5", "--out", "-"]);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(table.Split("\n# Vectors")[1], again.Out.Split("\n# Vectors")[1]);
    }

    [Fact]
    public void Run_Vocabulary_KeepsOnlyItsWordsLowercased()
    {
        using var folder = new TempFolder();
        var vectors = folder.File("vectors.json", Vectors());
        var text = folder.File("news.jsonl", "{\"text\": \"Paris and Berlin met on Monday.\"}\n{\"text\": \"ROME played Golf.\"}\n");
        var result = CliRunner.Run(["train", "vector-clusters", "--vectors", vectors, "--vocabulary", text, "--sizes", "2", "--out", "-"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["berlin", "golf", "monday", "paris", "rome"], Rows(result.Out).Keys);
        Assert.Contains("; 5 words kept.", result.Out);
    }

    [Theory]
    [InlineData("{\"dimensions\":4,\"vectors\":{\"paris\":[1,2,3]}}", "vectors.json: byte 27: the vector of 'paris' has 3 numbers, fewer than the 4 dimensions")]
    [InlineData("{\"dimensions\":4,\"vectors\":{\"paris\":[1,2,3,4]", "vectors.json: line 1, byte 45: not valid JSON")]
    public void Run_BadVectors_OneLineNamingFileAndOffset_Exit1(string json, string expected)
    {
        using var folder = new TempFolder();
        var vectors = folder.File("vectors.json", json);
        var output = folder.File("clusters.tsv", "previous\n");
        var result = CliRunner.Run(["train", "vector-clusters", "--vectors", vectors, "--sizes", "2", "--out", output]);
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"claims: error: {folder.Path}/{expected}", line);
        Assert.Equal("previous\n", File.ReadAllText(output));
    }

    [Fact]
    public void Run_MissingVectors_NamesTheFile_Exit1()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "none.json");
        var result = CliRunner.Run(["train", "vector-clusters", "--vectors", missing, "--out", "-"]);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"claims: error: {missing}: ", result.Error);
    }

    [Fact]
    public void Run_MoreClustersThanWords_Exit1()
    {
        using var folder = new TempFolder();
        var vectors = folder.File("vectors.json", Vectors());
        var result = CliRunner.Run(["train", "vector-clusters", "--vectors", vectors, "--sizes", "4,64", "--out", "-"]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"claims: error: {vectors}: 12 words kept, fewer than --sizes 64", result.Error);
    }

    [Fact]
    public void Run_OutputIsTheVectorsFile_Refused_Exit2_FileUnchanged()
    {
        using var folder = new TempFolder();
        var vectors = folder.File("vectors.json", Vectors());
        var result = CliRunner.Run(["train", "vector-clusters", "--vectors", vectors, "--sizes", "2", "--out", vectors]);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"claims: error: {vectors}: is also an input", result.Error);
        Assert.Equal(Vectors(), File.ReadAllText(vectors));
    }

    [Theory]
    [InlineData("64,x")]
    [InlineData("1")]
    [InlineData("64,64")]
    public void Run_BadSizes_UsageError(string sizes)
    {
        var result = CliRunner.Run(["train", "vector-clusters", "--vectors", "v.json", "--sizes", sizes, "--out", "-"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--sizes: '{sizes}' is not a list of different whole numbers of at least 2, separated by commas", result.Error);
    }
}
