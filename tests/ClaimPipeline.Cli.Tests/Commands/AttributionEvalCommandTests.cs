using System.Text.Json;

namespace ClaimPipeline.Cli.Tests.Commands;

[Trait("Category", "Integration")]
public class AttributionEvalCommandTests
{
    // An article in the PolNeAR packaging, written for this test: one direct quote with a named source and one
    // belief attributed to "the mayor".
    private const string Text = "\u201CWe will build the bridge next year,\u201D Mary Stone said on Monday.\n\nThe mayor believes that taxes will fall.";

    private static string Article(string id)
    {
        int quoteStart = 0, quoteEnd = Text.IndexOf('\u201D') + 1;
        int sourceStart = Text.IndexOf("Mary"), sourceEnd = sourceStart + "Mary Stone".Length;
        int mayorStart = Text.IndexOf("The mayor"), beliefStart = Text.IndexOf("taxes"), beliefEnd = Text.Length - 1;
        var attributions = new object[]
        {
            new { id = "E1", type = "Attribution", source = new[] { new[] { sourceStart, sourceEnd } },
                  cue = new[] { new[] { sourceEnd + 1, sourceEnd + 5 } }, content = new[] { new[] { quoteStart, quoteEnd } } },
            new { id = "E2", type = "Attribution", source = new[] { new[] { mayorStart, mayorStart + 9 } },
                  cue = Array.Empty<int[]>(), content = new[] { new[] { beliefStart, beliefEnd } } },
        };
        return JsonSerializer.Serialize(new
        {
            id, text = Text, publication_date = "2016-05-02",
            annotations = new[] { new { annotator = "a1", attributions } },
        });
    }

    /// <summary>A file that is not PolNeAR used to end in "the given key was not present in the dictionary" or in the
    /// parser's own position ("LineNumber: 0 | BytePositionInLine: 0").</summary>
    [Theory]
    [InlineData("{\"id\": 1}", "x.jsonl:1: not a PolNeAR article: no \"text\" field")]
    [InlineData("{\"text\": \"a\"}", "x.jsonl:1: not a PolNeAR article: no \"annotations\" field")]
    [InlineData("Cats and dogs.", "x.jsonl:1: not a PolNeAR article: not valid JSON at column 1: 'C' is an invalid start of a value.")]
    public void EvalAttribution_NotPolnear_NamesTheLineAndWhatIsMissing(string line, string expected)
    {
        using var folder = new TempFolder();
        var corpus = folder.File("x.jsonl", line + "\n");
        var result = CliRunner.Run(["eval", "attribution", "--corpus", corpus, "--config", CliRunner.Config]);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal($"claims: error: {Path.GetDirectoryName(corpus)}/{expected}", result.Error.Trim());
    }

    [Fact]
    public void EvalAttribution_FindsTheQuoteAndItsSpeaker()
    {
        using var folder = new TempFolder();
        var corpus = folder.File("polnear_tiny.jsonl", Article("one") + "\n" + Article("two") + "\n");

        var result = CliRunner.Run(["eval", "attribution", "--corpus", corpus, "--json", "--config", CliRunner.Config]);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var figures = json.RootElement[0];
        Assert.Equal(2, figures.GetProperty("articles").GetInt32());
        var direct = figures.GetProperty("direct")[0];
        Assert.Equal(2, direct.GetProperty("gold").GetInt32());
        Assert.Equal(1.0, direct.GetProperty("f1").GetDouble());
        Assert.Equal(1.0, direct.GetProperty("speaker_accuracy").GetDouble());
        Assert.Equal(4, figures.GetProperty("all")[0].GetProperty("gold").GetInt32());
    }

    [Fact]
    public void EvalAttribution_BadLine_IsAnErrorNamingFileAndLine()
    {
        using var folder = new TempFolder();
        var corpus = folder.File("polnear_bad.jsonl", Article("one") + "\n{\"text\": \"no annotations\"}\n");

        var result = CliRunner.Run(["eval", "attribution", "--corpus", corpus, "--config", CliRunner.Config]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("polnear_bad.jsonl:2", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void TrainConfidence_WritesARuleTableFromTheArticles()
    {
        using var folder = new TempFolder();
        var corpus = folder.File("polnear_tiny.jsonl", string.Join("\n", Enumerable.Range(0, 12).Select(i => Article($"a{i}"))) + "\n");
        var table = Path.Combine(folder.Path, "confidence.tsv");

        var result = CliRunner.Run(["train", "confidence", "--corpus", corpus, "--out", table, "--config", CliRunner.Config]);

        Assert.Equal(0, result.ExitCode);
        var rows = File.ReadAllLines(table).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        // Twelve quotes, each found with its speaker: (12 + 1) / (12 + 2).
        var quoteRow = Assert.Single(rows, r => r[0].StartsWith("quote.", StringComparison.Ordinal) && !r[0].Contains('|'));
        Assert.Equal("12", quoteRow[2]);
        Assert.Equal("0.929", quoteRow[1]);
        Assert.Contains(rows, r => r[0] == quoteRow[0] + "|named");
        Assert.Equal(rows.Count, ClaimPipeline.Claims.Speakers.ConfidenceTable.Load(table).Count);
    }

    [Fact]
    public void TrainAttribution_WritesAModelThatExtractLoads_AndRecordsTheCommand()
    {
        using var folder = new TempFolder();
        var train = folder.File("polnear_train.jsonl", string.Join("\n", Enumerable.Range(0, 6).Select(i => Article($"t{i}"))) + "\n");
        var dev = folder.File("polnear_dev.jsonl", Article("d0") + "\n");
        var model = Path.Combine(folder.Path, "attribution.bin");

        var result = CliRunner.Run(["train", "attribution", "--corpus", train, "--dev", dev, "--out", model, "--epochs", "2", "--config", CliRunner.Config]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("cues epoch 2/2", result.Error);
        Assert.Contains("roles epoch 2/2", result.Error);
        var loaded = ClaimPipeline.Claims.Attribution.AttributionModel.Load(model);
        Assert.StartsWith("claims train attribution --corpus", loaded.Metadata["command"]);
        Assert.Equal("6 train", result.Error.Split("; ")[1].Split(',')[0]);
        Assert.Equal(new[] { "cue-threshold", "cues-dev-f1", "cues-epoch", "roles-dev-f1", "roles-epoch" },
            loaded.Metadata.Keys.Where(k => k.Contains('-')).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TrainAttribution_MissingCorpus_IsAnErrorNamingIt_AndWritesNoModel()
    {
        using var folder = new TempFolder();
        var dev = folder.File("polnear_dev.jsonl", Article("d0") + "\n");
        var model = Path.Combine(folder.Path, "attribution.bin");

        var result = CliRunner.Run(["train", "attribution", "--corpus", "/nonexistent/polnear.jsonl", "--dev", dev, "--out", model, "--config", CliRunner.Config]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/nonexistent/polnear.jsonl", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.False(File.Exists(model));
    }

    [Fact]
    public void TrainAttribution_ZeroEpochs_IsAUsageError()
    {
        var result = CliRunner.Run(["train", "attribution", "--corpus", "a", "--dev", "b", "--out", "c", "--epochs", "0"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--epochs must be at least 1", result.Error);
    }
}
