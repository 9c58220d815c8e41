using ClaimPipeline.Cli.Commands;

namespace ClaimPipeline.Cli.Tests.Commands;

/// <summary>An exception nobody expected is a bug: it gets past System.CommandLine (whose own handler printed a stack
/// trace and exited 1, like a bad input) to the program's handler, which prints one line and exits 70.</summary>
public sealed class InternalErrorTests
{
    [Fact]
    public void Program_UnexpectedException_OneLineExit70()
    {
        var error = new StringWriter();
        var console = new CliConsole(new UnexpectedlyFailingStream(), error, () => Stream.Null, ErrorIsTerminal: false);

        int exit = ClaimsProgram.Run(["extract", "-", "--config", CliRunner.Config], console, CancellationToken.None, () => 0);

        Assert.Equal(70, exit);
        Assert.Equal("claims: internal error: NotSupportedException: injected fault (set CLAIMS_DEBUG=1 for details)\n", error.ToString());
    }

    /// <summary>An output that fails in a way no code expects: a stand-in for a bug anywhere under the command.</summary>
    private sealed class UnexpectedlyFailingStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("injected fault");
        public override void Write(ReadOnlySpan<byte> buffer) => throw new NotSupportedException("injected fault");
    }
}
