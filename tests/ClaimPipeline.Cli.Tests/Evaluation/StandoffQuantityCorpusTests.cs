using ClaimPipeline.Cli.Evaluation;

namespace ClaimPipeline.Cli.Tests.Evaluation;

/// <summary>
/// Standoff quantity corpora (data/eval/numbers-news-test.jsonl): sentences rebuilt from a corpus under
/// shared/corpora by offsets. A tiny hand-made corpus in a temp folder stands in for ../shared.
/// </summary>
public class StandoffQuantityCorpusTests
{
    // Written for this test; "£" and "é" check that offsets count UTF-16 units as C# strings do.
    private const string Article = "Café sales rose 12% to £4bn.\n\nHe came third on 6 January.";

    private static string Gold(TempFolder folder, string lines)
    {
        var corpusFolder = Path.Combine(folder.Path, "shared", "corpora", "bbc-news");
        Directory.CreateDirectory(corpusFolder);
        File.WriteAllText(Path.Combine(corpusFolder, "bbc_news_2225.jsonl"),
            "{\"id\": \"business/001\", \"text\": \"" + Article.Replace("\n", "\\n") + "\", \"duplicate_of\": null}\n");
        var goldFolder = Path.Combine(folder.Path, "repo", "data", "eval");
        Directory.CreateDirectory(goldFolder);
        var gold = Path.Combine(goldFolder, "test.jsonl");
        File.WriteAllText(gold, lines);
        return gold;
    }

    private const string TwoSentences =
        """
        {"corpus": "bbc-news", "article": "business/001", "start": 0, "end": 28, "quantities": [{"value": "12", "unit": "percent", "change": "up", "start": 16, "end": 19}, {"value": "4000000000", "unit": "pound", "change": "=", "start": 23, "end": 27}]}
        {"corpus": "bbc-news", "article": "business/001", "start": 30, "end": 57, "quantities": []}
        """;

    [Fact]
    public void Read_RebuildsSentencesAndSpansFromTheCorpusFoundAboveTheGoldFile()
    {
        using var folder = new TempFolder();
        var sentences = QuantityCorpus.Read(Gold(folder, TwoSentences)).ToList();

        Assert.Equal(2, sentences.Count);
        Assert.Equal("Café sales rose 12% to £4bn.", sentences[0].Text);
        Assert.Equal(["12%", "£4bn"], sentences[0].Spans);
        Assert.Equal(4e9, sentences[0].Quantities[1].Low);
        Assert.Equal("up", sentences[0].Quantities[0].Change);
        Assert.Equal("He came third on 6 January.", sentences[1].Text);
        Assert.Empty(sentences[1].Quantities);
    }

    [Fact]
    public void Read_OffsetPastTheArticle_IsAnErrorNamingFileAndLine()
    {
        using var folder = new TempFolder();
        var gold = Gold(folder, TwoSentences.Replace("\"start\": 30, \"end\": 57", "\"start\": 30, \"end\": 99"));

        var error = Assert.Throws<FormatException>(() => QuantityCorpus.Read(gold).ToList());

        Assert.Contains("test.jsonl:2", error.Message);
        Assert.Contains("out of range", error.Message);
    }

    [Fact]
    public void EvalNumbers_CorpusMissing_IsOneLineErrorNamingFileLineAndCorpus()
    {
        using var folder = new TempFolder();
        var gold = Gold(folder, TwoSentences);
        Directory.Delete(Path.Combine(folder.Path, "shared"), recursive: true);

        var result = CliRunner.Run(["eval", "numbers", "--corpus", gold, "--config", CliRunner.Config]);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("claims: error: ", result.Error);
        Assert.Contains("test.jsonl:1", result.Error);
        Assert.Contains("bbc-news corpus is missing", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    [Trait("Category", "Integration")]
    public void EvalNumbers_StandoffCorpus_IsScoredLikeTheTextForm()
    {
        using var folder = new TempFolder();
        var gold = Gold(folder, TwoSentences);

        var result = CliRunner.Run(["eval", "numbers", "--corpus", gold, "--json", "--config", CliRunner.Config]);

        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        Assert.Equal(2, json.RootElement.GetProperty("sentences").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("measures").GetProperty("value").GetProperty("gold").GetInt32());
    }
}
