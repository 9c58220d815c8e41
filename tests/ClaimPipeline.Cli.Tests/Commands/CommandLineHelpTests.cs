using System.Text.RegularExpressions;
using ClaimPipeline.Cli.Commands;

namespace ClaimPipeline.Cli.Tests.Commands;

/// <summary>What a new user sees: help without arguments, "did you mean", the version, examples, one default per option.</summary>
public sealed class CommandLineHelpTests
{
    [Fact]
    public void Run_NoArguments_PrintsHelpAndExits0()
    {
        var result = CliRunner.Run([]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out);
        Assert.Contains("extract", result.Out);
        Assert.Equal("", result.Error);
    }

    [Theory]
    [InlineData(new[] { "extrct", "a.txt" }, "did you mean 'extract'?")]
    [InlineData(new[] { "extract", "a.txt", "--fromat", "csv" }, "did you mean '--format'?")]
    [InlineData(new[] { "extract", "a.txt", "--thread", "2" }, "did you mean '--threads'?")]
    [InlineData(new[] { "eval", "ner", "--corpus", "x.conll", "--modle", "m.bin" }, "did you mean '--model'?")]
    [InlineData(new[] { "train", "pos", "--train", "a", "--dev", "b", "--out", "c", "--epoch", "3" }, "did you mean '--epochs'?")]
    public void Run_MistypedName_SuggestsTheNearestOne(string[] args, string expected)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Run_FarOffName_SuggestsNothing()
    {
        var result = CliRunner.Run(["frobnicate"]);
        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("did you mean", result.Error);
    }

    [Fact]
    public void Run_Version_PrintsTheVersion()
    {
        var result = CliRunner.Run(["--version"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(new Regex(@"^\d+\.\d+\.\d+"), result.Out);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("eval")]
    [InlineData("train")]
    public void Help_ShowsExamplesAndAtMostOneDefaultPerOption(string command)
    {
        var result = CliRunner.Run([command, "--help"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Examples:", result.Out);
        Assert.Contains($"claims {command} ", result.Out[result.Out.IndexOf("Examples:", StringComparison.Ordinal)..]);
        foreach (var line in result.Out.Split('\n'))
            Assert.True(Regex.Matches(line, "default", RegexOptions.IgnoreCase).Count <= 1, $"two defaults in: {line}");
        // Every option names what it takes, not the option's own name again ("--config <config>").
        Assert.DoesNotMatch(new Regex(@"--([a-z-]+) <\1>"), result.Out);
    }

    [Theory]
    [InlineData("extract", "extract", 0)]
    [InlineData("extrct", "extract", 1)]
    [InlineData("--fromat", "--format", 1)]
    [InlineData("--formta", "--format", 1)]
    [InlineData("abc", "xyz", 3)]
    public void EditDistance_CountsTranspositionsAsOneEdit(string a, string b, int expected) =>
        Assert.Equal(expected, NameSuggestions.EditDistance(a, b));
}
