namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// The program around the command line: a signal that stopped the run decides the exit code, and any exception
/// that gets this far is a bug: one line and exit 70 (CLAIMS_DEBUG=1 lets it through with its stack trace).
/// </summary>
public static class ClaimsProgram
{
    /// <param name="signalExitCode">130 or 143 once SIGINT or SIGTERM arrived, else 0.</param>
    public static int Run(string[] args, CliConsole console, CancellationToken cancellationToken, Func<int> signalExitCode)
    {
        try
        {
            int exit = CommandLine.Run(args, console, cancellationToken);
            return signalExitCode() != 0 ? Stopped(console, signalExitCode()) : exit;
        }
        catch (OperationCanceledException) when (signalExitCode() != 0)
        {
            return Stopped(console, signalExitCode());
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("CLAIMS_DEBUG") is null)
        {
            console.Error.WriteLine($"claims: internal error: {e.GetType().Name}: {e.Message} (set CLAIMS_DEBUG=1 for details)");
            return ExitCodes.InternalError;
        }
    }

    private static int Stopped(CliConsole console, int exitCode)
    {
        console.Error.WriteLine($"claims: stopped by {(exitCode == ExitCodes.Interrupted ? "SIGINT" : "SIGTERM")}; an output file (-o) was left as it was");
        return exitCode;
    }
}
