using System.Text;

namespace ClaimPipeline.Cli.Tests.Commands;

/// <summary>
/// The pipe contract for engines (issue 20): with --errors inline a bad article becomes one error record in the JSONL
/// stream, in its place, and the run exits 0, so that one poison article cannot fail a task on every retry.
/// </summary>
public sealed class InlineErrorsTests
{
    private static readonly string Feed = string.Join('\n',
        "{\"id\": \"first\", \"text\": \"\\u201CThe dam will hold,\\u201D engineer Ruth Alder said on Monday.\"}",
        "{\"id\": \"broken\", \"text\": ",
        "{\"id\": \"third\", \"text\": \"\\u201CThe bridge is safe,\\u201D inspector Tom Hale said on Friday.\"}") + "\n";

    [Fact]
    public void A_bad_line_becomes_an_error_record_in_its_place_and_the_run_succeeds()
    {
        var result = CliRunner.Run(["extract", "-", "--format", "jsonl", "--errors", "inline", "--config", CliRunner.Config, "--threads", "2"],
            Encoding.UTF8.GetBytes(Feed));

        Assert.Equal(0, result.ExitCode);
        var records = result.Rows;
        int error = records.FindIndex(r => r.TryGetProperty("error", out _));
        Assert.True(error > 0, result.Out);
        Assert.Equal("first", records[error - 1].GetProperty("article_id").GetString());
        Assert.Equal("third", records[error + 1].GetProperty("article_id").GetString());
        Assert.Contains("<stdin>:2", records[error].GetProperty("error").GetString());
        Assert.Equal(["article_id", "error"], records[error].EnumerateObject().Select(p => p.Name));
        Assert.Contains("<stdin>:2", result.Error); // still reported on stderr
    }

    [Fact]
    public void Without_inline_errors_the_same_feed_exits_1_and_writes_no_error_record()
    {
        var result = CliRunner.Run(["extract", "-", "--format", "jsonl", "--config", CliRunner.Config], Encoding.UTF8.GetBytes(Feed));
        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain(result.Rows, r => r.TryGetProperty("error", out _));
        Assert.Equal(["first", "third"], result.ArticleIds);
    }

    [Fact]
    public void Inline_errors_need_jsonl_output()
    {
        var result = CliRunner.Run(["extract", "-", "--errors", "inline", "--config", CliRunner.Config], Encoding.UTF8.GetBytes(Feed));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--errors inline writes error records into JSONL output", result.Error);
    }

    [Fact]
    public void The_stream_is_the_same_bytes_for_one_and_many_threads()
    {
        var one = CliRunner.Run(["extract", "-", "--format", "jsonl", "--errors", "inline", "--config", CliRunner.Config, "--threads", "1"],
            Encoding.UTF8.GetBytes(Feed));
        var many = CliRunner.Run(["extract", "-", "--format", "jsonl", "--errors", "inline", "--config", CliRunner.Config, "--threads", "4"],
            Encoding.UTF8.GetBytes(Feed));
        Assert.Equal(one.Out, many.Out);
    }
}
