using System.Text.Json;

namespace ClaimPipeline.Cli.Tests.Commands;

/// <summary>`eval numbers` on files in the shapes of the peer test suites (Recognizers-Text, quantulum3) and on
/// the @dev / @test halves of a JSONL corpus. The cases are written for these tests, not taken from the suites.</summary>
[Trait("Category", "Integration")]
public class NumbersEvalPeerSuitesTests
{
    // Recognizers-Text Specs shape: an ordinal result and a result with no value are left out of the gold.
    private const string RecognizersText =
        """
        [
          {"Input": "Sales rose 12% to $4bn.", "Results": [
            {"Text": "12%", "TypeName": "percentage", "Resolution": {"value": "12%"}, "Start": 11, "End": 13},
            {"Text": "$4bn", "TypeName": "currency", "Resolution": {"value": "4000000000", "unit": "United States dollar"}, "Start": 18, "End": 21}]},
          {"Input": "He came third.", "Results": [
            {"Text": "third", "TypeName": "ordinal", "Resolution": {"value": "3"}, "Start": 8, "End": 12}]},
          {"Input": "Pay in dollar.", "Results": [
            {"Text": "dollar", "TypeName": "currency", "Resolution": {"value": null, "unit": "Dollar"}, "Start": 7, "End": 12}]},
          {"Input": "The trip takes two to three weeks.", "NotSupported": "python", "Results": [
            {"Text": "two to three", "TypeName": "numberrange", "Resolution": {"value": "[2,3]"}, "Start": 15, "End": 26}]}
        ]
        """;

    // quantulum3 shape: a range is its middle with an uncertainty; "pound sterling" is our "pound".
    private const string Quantulum3 =
        """
        [
          {"req": "It cost £2,000.", "res": [{"value": 2000, "unit": "pound sterling", "surface": "£2,000"}]},
          {"req": "The trip takes two to three weeks.", "res": [{"value": 2.5, "unit": "week", "surface": "two to three weeks", "uncertainty": 0.5}]}
        ]
        """;

    private static JsonElement Measures(JsonDocument json, string name) => json.RootElement.GetProperty("measures").GetProperty(name);

    [Fact]
    public void EvalNumbers_RecognizersTextFile_IsScoredWithOrdinalsAndUnresolvedLeftOut()
    {
        using var folder = new TempFolder();
        var corpus = folder.File("PercentModel.json", RecognizersText);

        var result = CliRunner.Run(["eval", "numbers", "--corpus", corpus, "--json", "--config", CliRunner.Config]);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(4, json.RootElement.GetProperty("sentences").GetInt32());
        // 12% (percent), $4bn (dollar) and the range 2-3 (unit "-", ours says "week"); not "third", not "dollar".
        Assert.Equal(3, Measures(json, "value").GetProperty("gold").GetInt32());
        Assert.Equal(3, Measures(json, "value").GetProperty("matched").GetInt32());
        Assert.Equal(2, Measures(json, "value+unit").GetProperty("matched").GetInt32());
    }

    [Fact]
    public void EvalNumbers_Quantulum3File_ReadsRangesAsMiddlePlusMinusUncertainty()
    {
        using var folder = new TempFolder();
        var corpus = folder.File("tests.json", Quantulum3);

        var result = CliRunner.Run(["eval", "numbers", "--corpus", corpus, "--json", "--config", CliRunner.Config]);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(2, Measures(json, "value").GetProperty("gold").GetInt32());
        Assert.Equal(1.0, Measures(json, "value+unit").GetProperty("f1").GetDouble());
    }

    [Fact]
    public void EvalNumbers_DevAndTestHalves_SplitByHashOfId()
    {
        using var folder = new TempFolder();
        // First byte of SHA-256: "x#1" odd (test), "x#2" and "a#3" even (dev).
        var corpus = folder.File("numbers.jsonl",
            """
            {"id": "x#1", "text": "About 300 people came.", "quantities": [{"value": "300", "unit": "people", "change": "~"}]}
            {"id": "x#2", "text": "It rained.", "quantities": []}
            {"id": "a#3", "text": "Sales rose 12%.", "quantities": [{"value": "12", "unit": "percent", "change": "up"}]}
            """);

        var dev = CliRunner.Run(["eval", "numbers", "--corpus", corpus + "@dev", "--json", "--config", CliRunner.Config]);
        var test = CliRunner.Run(["eval", "numbers", "--corpus", corpus + "@test", "--json", "--config", CliRunner.Config]);

        Assert.Equal(0, dev.ExitCode);
        Assert.Equal(0, test.ExitCode);
        using var devJson = JsonDocument.Parse(dev.Out);
        using var testJson = JsonDocument.Parse(test.Out);
        Assert.Equal(2, devJson.RootElement.GetProperty("sentences").GetInt32());
        Assert.Equal(1, testJson.RootElement.GetProperty("sentences").GetInt32());
        Assert.Equal(1, Measures(testJson, "value").GetProperty("gold").GetInt32());
    }

    [Fact]
    public void EvalNumbers_BrokenPeerCase_IsAnErrorNamingFileAndCase()
    {
        using var folder = new TempFolder();
        var corpus = folder.File("bad.json", """[{"Input": "One.", "Results": []}, {"Input": "Two."}]""");

        var result = CliRunner.Run(["eval", "numbers", "--corpus", corpus, "--config", CliRunner.Config]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.json: case 2", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }
}
