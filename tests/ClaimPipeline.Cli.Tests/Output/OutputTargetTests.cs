using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Cli.Tests.Output;

/// <summary>
/// What -o names is decided before anything is read: "-" is standard output, a folder is a usage error, and so is
/// an output that is one of the inputs, however it is spelled.
/// </summary>
public sealed class OutputTargetTests
{
    private static readonly string Article = RepoPaths.Data("articles", "000_8d99f1fb4af1b66b.txt");

    private static CliResult Extract(params string[] args) => CliRunner.Run(["extract", .. args, "--config", CliRunner.Config]);

    [Fact]
    public void Extract_DashOutput_WritesStandardOutput()
    {
        var stray = Path.Combine(Environment.CurrentDirectory, "-");
        try
        {
            var result = Extract(Article, "-o", "-");
            Assert.Equal(0, result.ExitCode);
            Assert.StartsWith("article_id,claim_id,", result.Out);
            Assert.False(File.Exists(stray), "-o - wrote a file named '-'");
        }
        finally
        {
            File.Delete(stray);
        }
    }

    [Fact]
    public void Extract_OutputIsAFolder_IsAUsageErrorBeforeAnythingIsProcessed()
    {
        using var folder = new TempFolder();
        var linkToFolder = Path.Combine(folder.Path, "link");
        File.CreateSymbolicLink(linkToFolder, folder.Path);
        foreach (var output in new[] { folder.Path, linkToFolder })
        {
            var result = Extract(Article, "-o", output);
            Assert.Equal(2, result.ExitCode);
            Assert.Equal($"claims: error: {output}: is a folder; -o takes a file name\n", result.Error);
            Assert.Equal("", result.Out);
        }
        Assert.Equal(["link"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("same path")]
    [InlineData("other spelling")]
    [InlineData("symbolic link")]
    [InlineData("hard link")]
    public void Extract_OutputIsAnInput_IsAUsageErrorAndTheInputIsUntouched(string how)
    {
        using var folder = new TempFolder();
        var text = File.ReadAllText(Article);
        var input = folder.File("a.txt", text);
        Directory.CreateDirectory(Path.Combine(folder.Path, "sub"));
        var output = how switch
        {
            "same path" => input,
            "other spelling" => Path.Combine(folder.Path, "sub", "..", ".", "a.txt"),
            "symbolic link" => Path.Combine(folder.Path, "link.csv"),
            _ => Path.Combine(folder.Path, "hard.csv"),
        };
        if (how == "symbolic link") File.CreateSymbolicLink(output, "a.txt");
        if (how == "hard link") SystemCommand.Check("ln", input, output);

        var result = Extract(input, "-o", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"claims: error: {output}: is also an input ({input}); writing it would destroy the articles it is made from\n", result.Error);
        Assert.Equal(text, File.ReadAllText(input));
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Extract_OutputAnArticleFileInAnInputFolder_IsAUsageError_OtherNamesAreFine()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", File.ReadAllText(Article));
        var claims = Path.Combine(folder.Path, "claims.jsonl");

        var refused = Extract(folder.Path, "-o", claims);
        Assert.Equal(2, refused.ExitCode);
        Assert.StartsWith($"claims: error: {claims}: is in the input folder {folder.Path}, which would read it as articles", refused.Error);
        Assert.False(File.Exists(claims));

        var csv = Path.Combine(folder.Path, "claims.csv");
        var accepted = Extract(folder.Path, "-o", csv);
        Assert.Equal(0, accepted.ExitCode);
        Assert.StartsWith("article_id,claim_id,", File.ReadAllText(csv));
    }
}
