using ClaimPipeline.Cli.Config;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Cli.Tests.Config;

/// <summary>docs/pipeline.md's tables say what the code declares: keys with defaults and meanings, uses, layers.</summary>
public sealed class PipelineDocTests
{
    private static readonly string[] Doc = File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", "pipeline.md"));

    [Fact]
    public void OptionTable_ListsExactlyTheDeclaredKeys_WithTheirDefaultsAndMeanings()
    {
        var declared = StageCatalog.All
            .SelectMany(stage => stage.Keys.Select(key => $"{stage.Name} | {key.Name} | {key.DefaultText} | {key.Description}"))
            .ToList();
        var documented = new List<string>();
        string stage = "";
        foreach (var row in Table("| stage | key | default | meaning |"))
        {
            if (row[0] != "") stage = Unquote(row[0]);
            Assert.Contains(stage, StageCatalog.Names);
            if (row[1] != "") documented.Add($"{stage} | {Unquote(row[1])} | {row[2]} | {row[3]}");
        }
        Assert.Equal(declared, documented);
    }

    [Fact]
    public void UsesTable_ListsWhatEachStageUsesOfAnother()
    {
        var declared = StageCatalog.All.Where(stage => stage.Uses.Count > 0)
            .Select(stage => $"{stage.Name} | {string.Join("; ", stage.Uses.Select(use => $"{use.What} of `{use.Stage}`"))}")
            .ToList();
        var documented = Table("| stage | uses |").Select(row => $"{Unquote(row[0])} | {row[1]}").ToList();
        Assert.Equal(declared, documented);
    }

    [Fact]
    public void LayerTable_ListsTheLayersEachShippedStageDeclares()
    {
        var config = PipelineConfigLoader.Load(CliRunner.Config);
        var declared = config.Pipeline.Stages
            .Select(stage => $"{stage.Name} | {string.Join(", ", stage.Requires)} | {string.Join(", ", stage.Reads)} | {string.Join(", ", stage.Produces)}")
            .ToList();
        var documented = Table("| stage | requires | reads | produces |").Select(row => $"{Unquote(row[0])} | {string.Join(" | ", row[1..])}").ToList();
        Assert.Equal(declared, documented);
    }

    /// <summary>The cells of the table under <paramref name="header"/>, one array per row, trimmed.</summary>
    private static List<string[]> Table(string header)
    {
        int start = Array.IndexOf(Doc, header);
        Assert.True(start >= 0, $"docs/pipeline.md has no table headed '{header}'");
        var rows = new List<string[]>();
        for (int i = start + 2; i < Doc.Length && Doc[i].StartsWith('|'); i++)
            rows.Add(Doc[i].Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray());
        return rows;
    }

    private static string Unquote(string cell) => cell.Trim('`');
}
