using System.Text.Json;

namespace ClaimPipeline.Cli.Tests.Commands;

[Trait("Category", "Integration")]
public class NumbersEvalCommandTests
{
    // Sentences written for this test, in the shape of ../shared/gold/numbers-dev.jsonl.
    private const string Corpus =
        """
        {"id": "a#1", "text": "Sales rose 12% to $4bn in 2004.", "quantities": [{"value": "12", "unit": "percent", "change": "up", "text": "12%"}, {"value": "4000000000", "unit": "dollar", "change": "=", "text": "$4bn"}]}
        {"id": "a#2", "text": "The trip takes two to three weeks.", "quantities": [{"value": "2-3", "unit": "week", "change": "=", "text": "two to three weeks"}]}
        {"id": "a#3", "text": "He came third on 6 January.", "quantities": []}
        {"id": "a#4", "text": "About 300 people came.", "quantities": [{"value": "300", "unit": "people", "change": ">", "text": "300 people"}]}
        """;

    [Fact]
    public void EvalNumbers_ScoresValueUnitAndChange_IgnoringDates()
    {
        using var folder = new TempFolder();
        var corpus = folder.File("numbers.jsonl", Corpus);

        var result = CliRunner.Run(["eval", "numbers", "--corpus", corpus, "--json", "--config", CliRunner.Config]);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var measures = json.RootElement.GetProperty("measures");
        Assert.Equal(4, json.RootElement.GetProperty("sentences").GetInt32());
        // Four gold quantities; the year and the date are not predicted as quantities, so precision is whole.
        Assert.Equal(4, measures.GetProperty("value").GetProperty("gold").GetInt32());
        Assert.Equal(1.0, measures.GetProperty("value").GetProperty("f1").GetDouble());
        Assert.Equal(1.0, measures.GetProperty("value+unit").GetProperty("f1").GetDouble());
        // "About 300" is approximate (~), the gold here says ">" on purpose: one change of four is wrong.
        Assert.Equal(3, measures.GetProperty("value+change").GetProperty("matched").GetInt32());
    }

    /// <summary>Sentences with one right and one wrong quantity each: on the dev half's n sentences the table says
    /// (n + 1) / (2n + 2) = 0.5 for the rule.</summary>
    [Fact]
    public void TrainNumberConfidence_WritesTheShareOfQuantitiesWhoseValueMatched_AndEvalReportsCalibration()
    {
        using var folder = new TempFolder();
        var lines = Enumerable.Range(1, 30).Select(i =>
            $"{{\"id\": \"s#{i}\", \"text\": \"About {i * 100} people came and {i * 7} cars left.\", \"quantities\": [{{\"value\": \"{i * 100}\", \"unit\": \"people\", \"change\": \"~\", \"text\": \"x\"}}]}}");
        var corpus = folder.File("numbers.jsonl", string.Join("\n", lines) + "\n");
        var table = Path.Combine(folder.Path, "number-confidence.tsv");

        var train = CliRunner.Run(["train", "number-confidence", "--corpus", corpus + "@dev", "--out", table, "--config", CliRunner.Config]);

        Assert.True(train.ExitCode == 0, train.Error);
        int dev = Enumerable.Range(1, 30).Count(i => !ClaimPipeline.Cli.Evaluation.QuantityCorpusSource.IsTest($"s#{i}"));
        Assert.InRange(dev, 5, 25);
        var rows = File.ReadLines(table).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal([$"number.quantity\t0.500\t{2 * dev}\t{dev}", $"number.quantity|unit\t0.500\t{2 * dev}\t{dev}"], rows);

        var eval = CliRunner.Run(["eval", "numbers", "--corpus", corpus, "--json", "--config", CliRunner.Config]);
        using var json = JsonDocument.Parse(eval.Out);
        Assert.Equal(0.5, json.RootElement.GetProperty("share_correct").GetDouble());
        Assert.InRange(json.RootElement.GetProperty("calibration_error").GetDouble(), 0, 1);
    }

    /// <summary>Found by review: training on a test half was allowed, a mistyped half read as a file name, and a
    /// failed eval left a half-written --errors file.</summary>
    [Fact]
    public void TrainAndEvalNumbers_GuardTheHalvesAndTheFilesTheyWrite()
    {
        using var folder = new TempFolder();
        var corpus = folder.File("numbers.jsonl", Corpus);
        var table = Path.Combine(folder.Path, "t.tsv");

        var onTest = CliRunner.Run(["train", "number-confidence", "--corpus", corpus + "@test", "--out", table, "--config", CliRunner.Config]);
        Assert.Equal(2, onTest.ExitCode);
        Assert.Contains("fits on a dev half only (PATH@dev)", onTest.Error);
        Assert.False(File.Exists(table));

        var noFolder = CliRunner.Run(["train", "number-confidence", "--corpus", corpus + "@dev", "--out", Path.Combine(folder.Path, "no", "t.tsv"), "--config", CliRunner.Config]);
        Assert.Equal(2, noFolder.ExitCode);
        Assert.EndsWith("the output folder does not exist\n", noFolder.Error);

        var typo = CliRunner.Run(["eval", "numbers", "--corpus", corpus + "@tets", "--config", CliRunner.Config]);
        Assert.Equal(1, typo.ExitCode);
        Assert.Equal($"claims: error: {corpus}@tets: unknown half 'tets' (dev or test)\n", typo.Error);

        var errors = folder.File("errors.txt", "keep\n");
        var failed = CliRunner.Run(["eval", "numbers", "--corpus", corpus, Path.Combine(folder.Path, "missing.jsonl"), "--errors", errors, "--config", CliRunner.Config]);
        Assert.Equal(1, failed.ExitCode);
        Assert.Equal("keep\n", File.ReadAllText(errors));
        Assert.Empty(Directory.GetFiles(folder.Path, ".claims.*"));
    }

    [Fact]
    public void EvalNumbers_BadValue_IsAnErrorNamingFileAndLine()
    {
        using var folder = new TempFolder();
        var corpus = folder.File("numbers_bad.jsonl", "{\"text\": \"One.\", \"quantities\": []}\n{\"text\": \"Two.\", \"quantities\": [{\"value\": \"many\"}]}\n");

        var result = CliRunner.Run(["eval", "numbers", "--corpus", corpus, "--config", CliRunner.Config]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("numbers_bad.jsonl:2", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }
}
