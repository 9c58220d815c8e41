using System.Text;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Cli.Tests.Commands;

/// <summary>
/// Shard mode and verify (issue 20): a shard's output is published whole or not at all, a rerun of a done shard does
/// nothing, and verify lists the articles of shards without output, so that a driver can resubmit exactly those.
/// </summary>
public sealed class ShardModeTests
{
    private static string Line(string id, string text) => $"{{\"id\": \"{id}\", \"text\": \"{text}\"}}";

    private static readonly string Good = string.Join('\n',
        Line("a1", "\\u201CThe dam will hold,\\u201D engineer Ruth Alder said on Monday."),
        Line("a2", "The council met on Tuesday.")) + "\n";

    [Fact]
    public void A_shard_is_published_once_and_a_rerun_leaves_it_alone_and_verify_follows()
    {
        using var folder = new TempFolder();
        var first = folder.File("s1.jsonl", Good);
        var second = folder.File("s2.jsonl", Line("b1", "Nothing was said.") + "\n");
        var outputs = Directory.CreateDirectory(Path.Combine(folder.Path, "out")).FullName;

        var before = CliRunner.Run(["verify", first, second, "--out", outputs]);
        Assert.Equal(1, before.ExitCode);
        Assert.Equal(["a1", "a2", "b1"], before.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        var output = Path.Combine(outputs, "s1.jsonl");
        var run = CliRunner.Run(["extract", "--shard", first, "--out", output, "--config", CliRunner.Config]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"article_id\":\"a1\"", File.ReadAllText(output));

        // A rerun is a no-op: the published file is not read, rewritten or touched.
        File.WriteAllText(output, "published earlier\n");
        var rerun = CliRunner.Run(["extract", "--shard", first, "--out", output, "--config", CliRunner.Config]);
        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains("is done, nothing to do", rerun.Error);
        Assert.Equal("published earlier\n", File.ReadAllText(output));

        var after = CliRunner.Run(["verify", first, second, "--out", outputs]);
        Assert.Equal(1, after.ExitCode);
        Assert.Equal(["b1"], after.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(0, CliRunner.Run(["extract", "--shard", second, "--out", Path.Combine(outputs, "s2.jsonl"), "--config", CliRunner.Config]).ExitCode);
        var done = CliRunner.Run(["verify", first, second, "--out", outputs]);
        Assert.Equal(0, done.ExitCode);
        Assert.Equal("", done.Out);
    }

    [Fact]
    public void A_shard_with_a_bad_article_is_not_published_unless_its_errors_are_inline()
    {
        using var folder = new TempFolder();
        var shard = folder.File("s.jsonl", Good + "{\"id\": \"broken\", \"text\": \n");
        var output = Path.Combine(folder.Path, "s.out.jsonl");

        var strict = CliRunner.Run(["extract", "--shard", shard, "--out", output, "--config", CliRunner.Config]);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("not published", strict.Error);
        Assert.False(File.Exists(output));

        var inline = CliRunner.Run(["extract", "--shard", shard, "--out", output, "--errors", "inline", "--config", CliRunner.Config]);
        Assert.Equal(0, inline.ExitCode);
        Assert.Contains("\"error\":", File.ReadAllText(output));
    }

    [Theory]
    [InlineData(new[] { "extract", "--shard", "s.jsonl", "other.jsonl", "--out", "o.jsonl" }, "--shard takes its input from its FILE: give no PATH")]
    [InlineData(new[] { "extract", "--shard", "s.jsonl" }, "--shard needs --out FILE")]
    [InlineData(new[] { "extract" }, "give at least one PATH")]
    public void Usage_errors_name_what_is_missing(string[] args, string message)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public void Verify_of_a_missing_output_folder_is_a_usage_error()
    {
        using var folder = new TempFolder();
        var shard = folder.File("s.jsonl", Good);
        var result = CliRunner.Run(["verify", shard, "--out", Path.Combine(folder.Path, "nowhere")]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nowhere: no such folder", result.Error);
    }

    [Fact]
    public void An_output_that_exists_but_is_no_regular_file_is_refused_not_taken_for_done()
    {
        using var folder = new TempFolder();
        var shard = folder.File("s.jsonl", Good);
        var directory = Directory.CreateDirectory(Path.Combine(folder.Path, "o.jsonl")).FullName;

        var device = CliRunner.Run(["extract", "--shard", shard, "--out", "/dev/null", "--config", CliRunner.Config]);
        Assert.Equal(2, device.ExitCode);
        Assert.Contains("/dev/null: is a character device", device.Error);

        var folderOutput = CliRunner.Run(["extract", "--shard", shard, "--out", directory, "--config", CliRunner.Config]);
        Assert.Equal(2, folderOutput.ExitCode);
        Assert.Contains("is a directory; --shard publishes its output as a regular file", folderOutput.Error);
    }
}
