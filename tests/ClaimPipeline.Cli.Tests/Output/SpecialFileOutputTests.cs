using ClaimPipeline.Cli.Output;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Cli.Tests.Output;

/// <summary>A FIFO or device named by -o is written in place, as `&gt;` would, never replaced by a regular file.
/// The nodes are made in a temporary folder; the real /dev is never touched.</summary>
public sealed class SpecialFileOutputTests
{
    private static readonly string Article = RepoPaths.Data("articles", "000_8d99f1fb4af1b66b.txt");

    [Fact]
    public void Extract_OutputIsAFifo_WritesIntoIt_AndItStaysAFifo()
    {
        using var folder = new TempFolder();
        var fifo = Path.Combine(folder.Path, "claims.fifo");
        SystemCommand.Check("mkfifo", fifo);
        string? received = null;
        var reader = new Thread(() => received = File.ReadAllText(fifo)) { IsBackground = true };
        reader.Start();

        var result = CliRunner.Run(["extract", Article, "-o", fifo, "--config", CliRunner.Config]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("fifo", SystemCommand.KindOf(fifo));
        Assert.True(reader.Join(TimeSpan.FromSeconds(60)), "the reader never saw the end of the output"); // a hang guard
        Assert.StartsWith("article_id,claim_id,", received);
        Assert.Contains("000_8d99f1fb4af1b66b,", received);
        Assert.Equal(["claims.fifo"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Extract_OutputIsACharacterDevice_WritesIntoIt_AndItStaysADevice()
    {
        if (!SystemCommand.IsRoot) return; // mknod needs root; the FIFO test covers the same path
        using var folder = new TempFolder();
        var device = Path.Combine(folder.Path, "null");
        SystemCommand.Check("mknod", device, "c", "1", "3");

        var result = CliRunner.Run(["extract", Article, "-o", device, "--config", CliRunner.Config]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("character special file 1,3", SystemCommand.Check("stat", "-c", "%F %t,%T", device).Trim());
        Assert.Equal(["null"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    /// <summary>
    /// /dev/stdout and /proc/self/fd/1 are links to "pipe:[…]" when stdout is a pipe: the run used to follow the
    /// link to that non-path and try to make a temporary file inside /proc/self/fd.
    /// </summary>
    [Theory]
    [InlineData("/dev/stdout")]
    [InlineData("/proc/self/fd/1")]
    public void Extract_OutputIsStdoutByItsDeviceName_WhenStdoutIsAPipe_WritesIntoThePipe(string name)
    {
        if (!File.Exists("/proc/self/fd/1")) return; // not Linux
        var (exit, output, error) = SystemCommand.Run("dotnet", "exec", SystemCommand.ClaimsDll, "extract", Article, "-o", name,
            "--format", "jsonl", "--config", CliRunner.Config);
        Assert.True(exit == 0, error);
        Assert.Equal("", error);
        Assert.Contains("\"article_id\":\"000_8d99f1fb4af1b66b\"", output);
    }

    /// <summary>`-o /dev/tty` with xlsx: the terminal check looked only at standard output.</summary>
    [Fact]
    public void Extract_XlsxToATerminalNamedByO_IsAUsageError()
    {
        // script(1) gives the run a pseudo-terminal, so /dev/tty exists and is a terminal.
        if (SystemCommand.Run("sh", "-c", "command -v script").ExitCode != 0) return;
        var command = $"dotnet exec '{SystemCommand.ClaimsDll}' extract '{Article}' --format xlsx -o /dev/tty --config '{CliRunner.Config}'";
        var (exit, output, _) = SystemCommand.Run("script", "-qec", command, "/dev/null");
        Assert.Equal(2, exit);
        Assert.Contains("/dev/tty: is a terminal; --format xlsx writes a binary workbook", output);
        Assert.DoesNotContain("PK", output);
    }

    /// <summary>Opening a FIFO waits for a reader; a signal (here the token it cancels) must still end that wait.</summary>
    [Fact]
    public void OutputTarget_FifoWithoutReader_TheWaitEndsOnCancellation()
    {
        using var folder = new TempFolder();
        var fifo = Path.Combine(folder.Path, "claims.fifo");
        SystemCommand.Check("mkfifo", fifo);
        using var stop = new CancellationTokenSource();
        stop.CancelAfter(TimeSpan.FromMilliseconds(100));

        Assert.ThrowsAny<OperationCanceledException>(() => OutputTarget.Open(fifo, [], Stream.Null, stop.Token));

        // Be the reader the abandoned open waits for, so that it ends and closes.
        using var reader = new FileStream(fifo, FileMode.Open, FileAccess.Read);
        Assert.Equal("fifo", SystemCommand.KindOf(fifo));
    }
}
