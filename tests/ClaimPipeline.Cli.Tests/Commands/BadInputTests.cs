using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ClaimPipeline.Cli.Commands;
using ClaimPipeline.Cli.Tests.Input;
using ClaimPipeline.Tests.Shared;

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

    [Fact]
    public void Extract_LoneSurrogateEscapeInOneLine_FailsThatLine_AndTheOthersAreWrittenToTheFile()
    {
        using var folder = new TempFolder();
        var lines = Enumerable.Range(0, 20).Select(i => JsonSerializer.Serialize(new { id = $"a{i}", text = GoodArticle })).ToList();
        lines[7] = "{\"id\": \"bad\", \"text\": \"Some 300 homes \\ud800 burned.\"}";
        var feed = folder.File("feed.jsonl", string.Join("\n", lines) + "\n");
        var output = Path.Combine(folder.Path, "claims.jsonl");
        // Two threads: the articles are read on a reader thread of their own, where the old exception ended the run.
        var result = CliRunner.Run(["extract", feed, "-o", output, "--threads", "2", "--format", "jsonl", "--config", CliRunner.Config]);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"claims: error: {feed}:8: \"text\" holds an unpaired surrogate escape (\\ud800), half of a UTF-16 pair and no character\n", result.Error);
        var ids = File.ReadLines(output).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("article_id").GetString()).Distinct();
        Assert.Equal(Enumerable.Range(0, 20).Where(i => i != 7).Select(i => $"a{i}"), ids);
    }

    [Fact]
    public void Extract_PublishedAtTheEndsOfTheCalendar_KeepsRelativeTimesAsWritten()
    {
        using var folder = new TempFolder();
        var feed = folder.File("feed.jsonl",
            "{\"id\": \"first\", \"published\": \"0001-01-01\", \"text\": \"Prices fell 4% yesterday, 11 years ago.\"}\n" +
            "{\"id\": \"last\", \"published\": \"9999-12-31\", \"text\": \"Prices will fall 4% tomorrow.\"}\n");
        var result = CliRunner.Extract(feed);
        Assert.Equal("", result.Error);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["yesterday", "11 years ago", "tomorrow"], result.Rows.Select(r => r.GetProperty("time").GetString()));
    }

    [Fact]
    public async Task Extract_FolderWithAFifo_SkipsItWithAWarning()
    {
        using var folder = new TempFolder();
        folder.File("good.txt", GoodArticle);
        SpecialFiles.Fifo(Path.Combine(folder.Path, "waiting.jsonl"));
        // A guard, not a timing: the old run opened the FIFO and waited for a writer for ever.
        var result = await Task.Run(() => CliRunner.Extract(folder.Path)).WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"claims: warning: {folder.Path}/waiting.jsonl: not a regular file (FIFO); skipped\n", result.Error);
        Assert.Equal(["good"], result.ArticleIds);
    }

    [Theory]
    [InlineData(true, "-")]
    [InlineData(false, "-")]
    [InlineData(true, "good.txt")]
    public void Extract_StdinOnATerminal_SaysItIsWaiting(bool terminal, string path)
    {
        using var folder = new TempFolder();
        folder.File("good.txt", GoodArticle);
        var paths = path == "-" ? "-" : Path.Combine(folder.Path, path);
        var result = CliRunner.Run(["extract", paths, "--format", "jsonl", "--config", CliRunner.Config], Encoding.UTF8.GetBytes(GoodArticle), terminal);
        Assert.Equal(0, result.ExitCode);
        bool hinted = result.Error.Contains("claims: reading articles from standard input (end with Ctrl-D)\u2026\n", StringComparison.Ordinal);
        Assert.Equal(terminal && path == "-", hinted);
        Assert.Single(result.ArticleIds);
    }

    /// <summary>The real program, started with file descriptor 0 closed (the runtime's own pipe then lands on it).</summary>
    [Fact]
    public async Task Extract_ClosedStdin_IsAnInputError_AndTheOtherPathsRun()
    {
        using var folder = new TempFolder();
        var good = folder.File("good.txt", GoodArticle);
        var claims = Path.Combine(AppContext.BaseDirectory, "claims.dll");
        var start = new ProcessStartInfo("sh",
            ["-c", "exec dotnet exec \"$0\" extract - \"$1\" --format jsonl --config \"$2\" <&-", claims, good, CliRunner.Config])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // A guard, not a timing: the old program waited on the closed input for ever.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited) process.Kill();
        }
        Assert.Equal("claims: error: standard input is closed\n", await error);
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("\"article_id\":\"good\"", await output);
    }

    /// <summary>A bug is no bad input: it reaches Program, which prints one line and exits 70, not a stack trace and 1.</summary>
    [Fact]
    public void Extract_AnExceptionNobodyForesaw_IsLeftToTheProgramsHandler()
    {
        using var folder = new TempFolder();
        var good = folder.File("good.txt", GoodArticle);
        var error = new StringWriter();
        var console = new CliConsole(new BrokenStream(), error, () => Stream.Null, ErrorIsTerminal: false);
        var thrown = Assert.Throws<NotSupportedException>(() =>
            CommandLine.Run(["extract", good, "--format", "jsonl", "--config", CliRunner.Config], console));
        Assert.Equal("broken output", thrown.Message);
        Assert.DoesNotContain("   at ", error.ToString());
    }

    /// <summary>An output that fails in a way no code expects.</summary>
    private sealed class BrokenStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("broken output");
        public override void Write(ReadOnlySpan<byte> buffer) => throw new NotSupportedException("broken output");
    }
}
