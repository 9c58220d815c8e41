using ClaimPipeline.Tests.Shared;

using System.Text;

namespace ClaimPipeline.Cli.Tests.Commands;

/// <summary>Each bad input gets one clear line on stderr naming it; the good article is still written; exit code 1.</summary>
public sealed class BadInputTests
{
    private const string GoodArticle = "\u201CThe dam will hold,\u201D engineer Ruth Alder said on Monday.";

    private static void AssertFailedButGoodWritten(CliResult result, string expectedMessage)
    {
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expectedMessage, result.Error);
        Assert.DoesNotContain("   at ", result.Error); // no stack trace
        Assert.Contains("good", result.ArticleIds);
    }

    [Fact]
    public void Extract_MissingPath_IsNamed_OthersStillRun()
    {
        using var folder = new TempFolder();
        var good = folder.File("good.txt", GoodArticle);
        var missing = Path.Combine(folder.Path, "missing.txt");
        AssertFailedButGoodWritten(CliRunner.Extract(missing, good), $"{missing}: no such file or directory");
    }

    [Fact]
    public void Extract_UnreadableFile_IsNamed_OthersStillRun()
    {
        using var folder = new TempFolder();
        folder.File("good.txt", GoodArticle);
        // A symbolic link to itself cannot be opened, even by root (ELOOP).
        var loop = Path.Combine(folder.Path, "loop.txt");
        File.CreateSymbolicLink(loop, loop);
        AssertFailedButGoodWritten(CliRunner.Extract(folder.Path), $"{loop}: cannot read");
    }

    [Fact]
    public void Extract_InvalidUtf8_GivesTheByteOffset()
    {
        using var folder = new TempFolder();
        var good = folder.File("good.txt", GoodArticle);
        var bad = folder.File("bad.txt", [.. Encoding.UTF8.GetBytes("Fine line.\nBad "), 0xC3, 0x28, .. "text"u8]);
        AssertFailedButGoodWritten(CliRunner.Extract(bad, good), $"{bad}: invalid UTF-8 at byte 15 (line 2)");
    }

    [Fact]
    public void Extract_EmptyArticle_IsAnError()
    {
        using var folder = new TempFolder();
        var good = folder.File("good.txt", GoodArticle);
        var empty = folder.File("empty.txt", " \n\t\n");
        AssertFailedButGoodWritten(CliRunner.Extract(empty, good), $"{empty}: article is empty");
    }

    [Fact]
    public void Extract_JsonlLineThatIsNotJson_NamesFileAndLine()
    {
        using var folder = new TempFolder();
        var feed = folder.File("feed.jsonl",
            "{\"id\": \"good\", \"text\": \"The dam will hold, engineer Ruth Alder said on Monday.\"}\n{not json\n");
        AssertFailedButGoodWritten(CliRunner.Extract(feed), $"{feed}:2: not valid JSON");
    }

    [Fact]
    public void Extract_JsonlObjectWithoutText_NamesFileAndLine()
    {
        using var folder = new TempFolder();
        var feed = folder.File("feed.jsonl",
            "{\"id\": \"x\", \"title\": \"no body\"}\n\n{\"id\": \"good\", \"text\": \"More than 20,000 people left.\"}\n");
        AssertFailedButGoodWritten(CliRunner.Extract(feed), $"{feed}:1: no \"text\" string in the object");
    }

    [Fact]
    public void Extract_DirectoryWithoutArticles_IsAnError()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Extract(folder.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{folder.Path}: directory has no .txt or .jsonl files", result.Error);
    }

    [Fact]
    public void Extract_ArticleOverTheSizeLimit_IsSkipped()
    {
        using var folder = new TempFolder();
        var good = folder.File("good.txt", GoodArticle);
        var big = folder.File("big.txt", new string('a', 300));
        var config = folder.File("pipeline.json", File.ReadAllText(CliRunner.Config)
            .Replace("\"maxArticleBytes\": 5242880", "\"maxArticleBytes\": 200")
            .Replace("\"data/", $"\"{RepoPaths.Root}/data/"));
        var result = CliRunner.Run(["extract", big, good, "--format", "jsonl", "--config", config]);
        AssertFailedButGoodWritten(result, $"{big}: article is 300 bytes, over the limit of 200");
    }

    [Fact]
    public void Extract_JsonlLineOverTheSizeLimit_IsSkipped_AndTheLinesAfterItRun()
    {
        using var folder = new TempFolder();
        var lines = new[]
        {
            System.Text.Json.JsonSerializer.Serialize(new { id = "big", text = new string('a', 5000) }),
            System.Text.Json.JsonSerializer.Serialize(new { id = "good", text = GoodArticle }),
        };
        var feed = folder.File("feed.jsonl", string.Join("\n", lines) + "\n");
        var config = folder.File("pipeline.json", File.ReadAllText(CliRunner.Config)
            .Replace("\"maxArticleBytes\": 5242880", "\"maxArticleBytes\": 1000")
            .Replace("\"data/", $"\"{RepoPaths.Root}/data/"));
        var result = CliRunner.Run(["extract", feed, "--format", "jsonl", "--config", config]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{feed}:1: line is {lines[0].Length} bytes, over the limit of 1000", result.Error);
        Assert.Equal(["good"], result.ArticleIds);
    }

    [Fact]
    public void Extract_Stdin_TextAndJsonl()
    {
        var text = CliRunner.Run(["extract", "-", "--format", "jsonl", "--config", CliRunner.Config], Encoding.UTF8.GetBytes(GoodArticle));
        Assert.Equal(0, text.ExitCode);
        Assert.Equal(["stdin"], text.ArticleIds);

        var jsonl = CliRunner.Run(["extract", "-", "--format", "jsonl", "--config", CliRunner.Config],
            Encoding.UTF8.GetBytes("{\"id\":\"a1\",\"text\":\"More than 20,000 people left.\"}\n{\"text\":\"Some 300 homes burned.\"}\n"));
        Assert.Equal(0, jsonl.ExitCode);
        Assert.Equal(["a1", "stdin-2"], jsonl.ArticleIds);
    }
}
