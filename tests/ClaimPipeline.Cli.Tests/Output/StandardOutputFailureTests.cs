using System.Diagnostics;
using System.Text.Json;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Cli.Tests.Output;

/// <summary>
/// Standard output that cannot be written, on the real program: a reader that went away (`| head -1`) stops the run
/// at once, quietly, exit 0; a closed or full standard output is one line on stderr and exit 1, never a stack trace.
/// </summary>
public sealed class StandardOutputFailureTests
{
    private static readonly string Article = RepoPaths.Data("articles", "000_8d99f1fb4af1b66b.txt");

    // xlsx: the workbook writer, disposed after the failed write, tried to finish the zip and threw (exit 70).
    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task Extract_ReaderClosesThePipe_StopsAtOnceQuietlyWithExit0(string format)
    {
        const int Articles = 2000;
        var sample = File.ReadAllText(Article);
        var start = new ProcessStartInfo("dotnet", ["exec", SystemCommand.ClaimsDll, "extract", "-", "--format", format, "--config", CliRunner.Config])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        // Articles go in as the run takes them; a run that goes on after its reader left takes them all.
        var feeder = Task.Run(() =>
        {
            try
            {
                for (int i = 0; i < Articles; i++)
                {
                    process.StandardInput.WriteLine(JsonSerializer.Serialize(new { id = $"a{i}", text = sample }));
                    process.StandardInput.Flush();
                }
                process.StandardInput.Close();
                return Articles;
            }
            catch (IOException)
            {
                return -1; // the run exited and closed its standard input
            }
        });

        if (format == "csv") Assert.StartsWith("article_id,claim_id,", await process.StandardOutput.ReadLineAsync());
        else Assert.Equal('P', (char)process.StandardOutput.BaseStream.ReadByte()); // a zip starts "PK"
        process.StandardOutput.Close(); // like `head -1`
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(300));
        await process.WaitForExitAsync(guard.Token);

        Assert.Equal(0, process.ExitCode);
        Assert.Equal("", await error);
        Assert.Equal(-1, await feeder);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public void Extract_StandardOutputClosed_OneLineExit1(string format)
    {
        var (exit, _, error) = SystemCommand.Run("sh", "-c", "exec \"$@\" >&-", "sh",
            "dotnet", "exec", SystemCommand.ClaimsDll, "extract", Article, "--format", format, "--config", CliRunner.Config);

        Assert.Equal(1, exit);
        Assert.Equal("claims: error: standard output: cannot write: bad file descriptor\n", error);
    }

    /// <summary>A full-device node (char 1,7, like /dev/full) made in a temporary folder when root; otherwise
    /// /dev/full itself, which is only written to.</summary>
    [Theory]
    [InlineData("jsonl")]
    [InlineData("xlsx")]
    public void Extract_StandardOutputFull_OneLineExit1(string format)
    {
        using var folder = new TempFolder();
        var full = Path.Combine(folder.Path, "full");
        if (!SystemCommand.IsRoot || SystemCommand.Run("mknod", full, "c", "1", "7").ExitCode != 0) full = "/dev/full";
        if (!File.Exists(full)) return;

        var (exit, _, error) = SystemCommand.Run("sh", "-c", "out=$1; shift; exec \"$@\" > \"$out\"", "sh", full,
            "dotnet", "exec", SystemCommand.ClaimsDll, "extract", Article, "--format", format, "--config", CliRunner.Config);

        Assert.Equal(1, exit);
        Assert.Equal("claims: error: standard output: cannot write: no space left on device\n", error);
    }
}
