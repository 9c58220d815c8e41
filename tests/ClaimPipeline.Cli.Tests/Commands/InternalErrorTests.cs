using ClaimPipeline.Cli.Commands;

namespace ClaimPipeline.Cli.Tests.Commands;

/// <summary>An exception nobody expected is a bug: it reaches the program's handler (System.CommandLine's own does not
/// swallow it as exit 1 with a stack trace), which prints one line and exits 70.</summary>
public sealed class InternalErrorTests
{
    /// <summary>A console whose standard input throws: a stand-in for a bug anywhere under the command.</summary>
    private static (CliConsole Console, StringWriter Error) Broken()
    {
        var error = new StringWriter();
        return (new CliConsole(new MemoryStream(), error, () => throw new InvalidOperationException("injected fault"), false), error);
    }

    private static readonly string[] Args = ["extract", "-", "--threads", "1", "--config", CliRunner.Config];

    [Fact]
    public void CommandLine_LetsAnUnexpectedExceptionThrough()
    {
        var (console, error) = Broken();
        var thrown = Assert.Throws<InvalidOperationException>(() => CommandLine.Run(Args, console));
        Assert.Equal("injected fault", thrown.Message);
        Assert.DoesNotContain("Unhandled exception", error.ToString());
    }

    [Fact]
    public void Program_UnexpectedException_OneLineExit70()
    {
        var (console, error) = Broken();
        Assert.Equal(70, ClaimsProgram.Run(Args, console, CancellationToken.None, () => 0));
        Assert.Equal("claims: internal error: InvalidOperationException: injected fault (set CLAIMS_DEBUG=1 for details)\n", error.ToString());
    }
}
