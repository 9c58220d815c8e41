using System.Text;
using ClaimPipeline.Cli.Feeds;

namespace ClaimPipeline.Cli.Tests.Feeds;

/// <summary>
/// `claims consume` without a broker (the kill test, tests/scaleout/rabbitmq-kill.sh, runs one): the file sink's
/// names and atomic writes, and the errors a user meets before any message arrives.
/// </summary>
public sealed class ConsumeTests
{
    [Theory]
    [InlineData("business/001", "business%2F001.jsonl")]
    [InlineData("../etc/passwd", "%2E.%2Fetc%2Fpasswd.jsonl")]
    [InlineData("a b:é", "a%20b%3A%C3%A9.jsonl")]
    [InlineData("plain-id_7.v2", "plain-id_7.v2.jsonl")]
    public void FolderSink_NamesAFileThatCannotLeaveTheFolder(string articleId, string expected) =>
        Assert.Equal(expected, FolderSink.FileName(articleId));

    [Fact]
    public async Task FolderSink_ReplacesTheArticlesFileWhole_AndLeavesNoTemporaryFile()
    {
        using var folder = new TempFolder();
        var sink = new FolderSink(folder.Path);
        await sink.WriteAsync("politics/1", Encoding.UTF8.GetBytes("{\"a\":1}\n"), default);
        await sink.WriteAsync("politics/1", Encoding.UTF8.GetBytes("{\"a\":2}\n"), default); // a redelivery
        Assert.Equal(["politics%2F1.jsonl"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
        Assert.Equal("{\"a\":2}\n", File.ReadAllText(Path.Combine(folder.Path, "politics%2F1.jsonl")));
    }

    [Theory]
    [InlineData(new[] { "consume", "--rabbitmq", "amqp://127.0.0.1/", "--queue", "q" }, "give one of --out DIR and --publish Q2")]
    [InlineData(new[] { "consume", "--rabbitmq", "http://x", "--queue", "q", "--out", "." }, "is not an amqp:// or amqps:// URI")]
    public void Usage_errors_name_what_is_wrong(string[] args, string message)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public void An_unreachable_broker_is_an_error_naming_it_without_its_password()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run(["consume", "--rabbitmq", "amqp://guest:secret@127.0.0.1:1/", "--queue", "articles", "--out", folder.Path,
            "--config", CliRunner.Config]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("127.0.0.1:1", result.Error);
        Assert.Contains("cannot reach the broker", result.Error);
        Assert.DoesNotContain("secret", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void An_output_folder_that_is_a_file_is_a_usage_error()
    {
        using var folder = new TempFolder();
        var file = folder.File("not-a-folder", "x");
        var result = CliRunner.Run(["consume", "--rabbitmq", "amqp://127.0.0.1:1/", "--queue", "q", "--out", file, "--config", CliRunner.Config]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a file; --out takes a folder", result.Error);
    }

    [Fact]
    public void A_message_gives_its_claims_and_an_oversized_or_broken_one_an_error_record()
    {
        using var folder = new TempFolder();
        var configPath = folder.File("pipeline.json", File.ReadAllText(CliRunner.Config)
            .Replace("\"maxArticleBytes\": 5242880", "\"maxArticleBytes\": 400")
            .Replace("\"data/", $"\"{ClaimPipeline.Tests.Shared.RepoPaths.Root}/data/"));
        var config = ClaimPipeline.Cli.Config.PipelineConfigLoader.Load(configPath);

        var good = ClaimPipeline.Cli.Commands.ConsumeCommand.Extract(new FeedMessage(Encoding.UTF8.GetBytes(
            "{\"id\": \"n1\", \"text\": \"\u201CThe dam will hold,\u201D engineer Ruth Alder said on Monday.\"}"), "articles#1"), config);
        Assert.Null(good.Error);
        Assert.Equal("n1", good.Id);
        Assert.Contains("\"speaker\":\"Ruth Alder\"", Encoding.UTF8.GetString(good.Records));

        var big = ClaimPipeline.Cli.Commands.ConsumeCommand.Extract(new FeedMessage(Encoding.UTF8.GetBytes(
            "{\"id\": \"n2\", \"text\": \"" + new string('a', 500) + "\"}"), "articles#2"), config);
        Assert.Contains("over the limit of 400 (read.maxArticleBytes)", big.Error);
        Assert.StartsWith("{\"article_id\":null,\"error\":\"articles#2: article is", Encoding.UTF8.GetString(big.Records));

        var broken = ClaimPipeline.Cli.Commands.ConsumeCommand.Extract(new FeedMessage("{\"id\": "u8.ToArray(), "articles#3"), config);
        Assert.Contains("articles#3", broken.Error);
        Assert.Equal("articles#3", broken.Id); // the file is named after the message when the article has no id
    }
}
