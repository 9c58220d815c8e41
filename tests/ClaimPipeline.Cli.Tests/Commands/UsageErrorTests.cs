using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Cli.Tests.Commands;

/// <summary>Wrong command lines and configs exit 2 with a message that names the problem, and process nothing.</summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData(new[] { "extract" }, "PATH")]
    [InlineData(new[] { "extract", "x.txt", "--format", "xml" }, "xml")]
    [InlineData(new[] { "extract", "x.txt", "--published", "yesterday" }, "--published: 'yesterday' is not a date")]
    [InlineData(new[] { "extract", "x.txt", "--bogus" }, "--bogus")]
    [InlineData(new[] { "frobnicate" }, "frobnicate")]
    public void Run_BadCommandLine_Exits2(string[] args, string expected)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error);
        Assert.Equal("", result.Out);
    }

    // A word that is not a number used to reach the options' validators, which threw (exit 70, "System.Int32").
    [Theory]
    [InlineData("--threads", "abc", "--threads: 'abc' is not a whole number from 1 to 1024")]
    [InlineData("--threads", "1.5", "--threads: '1.5' is not a whole number from 1 to 1024")]
    [InlineData("--threads", "2147483648", "--threads: '2147483648' is not a whole number from 1 to 1024")]
    [InlineData("--threads", "", "--threads: '' is not a whole number from 1 to 1024")]
    [InlineData("--threads", "0", "--threads: '0' is not a whole number from 1 to 1024")]
    [InlineData("--min-confidence", "abc", "--min-confidence: 'abc' is not a number from 0 to 1")]
    [InlineData("--min-confidence", "", "--min-confidence: '' is not a number from 0 to 1")]
    [InlineData("--min-confidence", "1.5", "--min-confidence: '1.5' is not a number from 0 to 1")]
    [InlineData("--kind", "", "--kind: '' names no kind (known: quote, indirect, numeric)")]
    [InlineData("--kind", ",", "--kind: ',' names no kind")]
    public void Extract_OptionValueThatIsNotANumberInRange_Exits2_NamingTheOption(string option, string value, string expected)
    {
        var result = CliRunner.Run(["extract", "x.txt", option, value]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"claims: error: {expected}", result.Error);
        Assert.DoesNotContain("System.", result.Error);
        Assert.Equal("", result.Out);
    }

    [Theory]
    [InlineData(new[] { "train", "clusters", "--text", "t.txt", "--out", "o.tsv", "--classes", "many" }, "--classes: 'many' is not a whole number of at least 2", "claims train clusters --help")]
    [InlineData(new[] { "train", "pos", "--train", "a", "--dev", "b", "--out", "c", "--epochs", "x" }, "--epochs: 'x' is not a whole number of at least 1", "claims train --help")]
    [InlineData(new[] { "eval", "pos" }, "--corpus", "claims eval --help")]
    public void Run_UsageError_HintNamesTheWholeCommand(string[] args, string expected, string hint)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error);
        Assert.EndsWith($"Try '{hint}'.", result.Error.TrimEnd());
    }

    [Theory]
    [InlineData("{ \"stage\": \"speakers\",", "{ \"stage\": \"spakers\",", "unknown: 'spakers'")]
    [InlineData("\"cueWindowTokens\": 8,", "\"cueWindowTokens\": 8, \"colour\": 1,", "stage 'quotes': unknown key 'colour'")]
    [InlineData("\"cueWindowTokens\": 8,", "\"cueWindowTokens\": \"eight\",", "'cueWindowTokens' must be a whole number")]
    [InlineData("\"quantity_high\",", "\"quantity_higher\",", "unknown column 'quantity_higher'")]
    [InlineData("speech-cues.tsv", "no-such-file.tsv", "no-such-file.tsv")]
    [InlineData("\"version\": 1", "\"version\": 7", "'version' must be 1")]
    [InlineData("\"version\": 1", "\"version\": \"1\"", "'version' must be 1")] // a string: was an internal error (exit 70)
    public void Extract_BadConfig_NamesTheStageAndKey(string find, string replace, string expected)
    {
        using var folder = new TempFolder();
        var original = File.ReadAllText(CliRunner.Config);
        Assert.Contains(find, original);
        var config = folder.File("pipeline.json", original.Replace(find, replace)
            .Replace("\"data/", $"\"{RepoPaths.Root}/data/"));
        var article = folder.File("a.txt", "Some text here.");
        var result = CliRunner.Run(["extract", article, "--config", config]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error);
        Assert.Contains(config, result.Error);
    }

    /// <summary>The parser's own position ("LineNumber: 1 | BytePositionInLine: 14.") counted from 0 and
    /// contradicted the line given before it.</summary>
    [Fact]
    public void Extract_ConfigThatIsNotJson_NamesTheLineAndColumn()
    {
        using var folder = new TempFolder();
        var config = folder.File("pipeline.json", "{\"version\": 1,\n  \"stages\": [ x\n");
        var result = CliRunner.Run(["extract", "a.txt", "--config", config]);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"claims: error: {config}:2: not valid JSON at column 15: 'x' is an invalid start of a value.", result.Error.Trim());
    }

    [Fact]
    public void Extract_MissingConfigFile_Exits2()
    {
        var result = CliRunner.Run(["extract", "a.txt", "--config", "/nonexistent/pipeline.json"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/nonexistent/pipeline.json: cannot read the pipeline config", result.Error);
    }
}
