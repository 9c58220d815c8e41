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

    [Theory]
    [InlineData("{ \"stage\": \"speakers\",", "{ \"stage\": \"spakers\",", "unknown: 'spakers'")]
    [InlineData("\"cueWindowTokens\": 8,", "\"cueWindowTokens\": 8, \"colour\": 1,", "stage 'quotes': unknown key 'colour'")]
    [InlineData("\"cueWindowTokens\": 8,", "\"cueWindowTokens\": \"eight\",", "'cueWindowTokens' must be a whole number")]
    [InlineData("\"quantity_high\",", "\"quantity_higher\",", "unknown column 'quantity_higher'")]
    [InlineData("speech-cues.tsv", "no-such-file.tsv", "no-such-file.tsv")]
    [InlineData("\"version\": 1", "\"version\": 7", "'version' must be 1")]
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

    [Fact]
    public void Extract_MissingConfigFile_Exits2()
    {
        var result = CliRunner.Run(["extract", "a.txt", "--config", "/nonexistent/pipeline.json"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/nonexistent/pipeline.json: cannot read the pipeline config", result.Error);
    }
}
