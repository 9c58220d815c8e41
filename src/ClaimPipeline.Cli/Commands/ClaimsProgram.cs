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
            return signalExitCode() != 0 ? Stopped(console, signalExitCode(), args) : exit;
        }
        catch (OperationCanceledException) when (signalExitCode() != 0)
        {
            return Stopped(console, signalExitCode(), args);
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("CLAIMS_DEBUG") is null)
        {
            console.Error.WriteLine($"claims: internal error: {e.GetType().Name}: {e.Message} (set CLAIMS_DEBUG=1 for details)");
            return ExitCodes.InternalError;
        }
    }

    private static int Stopped(CliConsole console, int exitCode, string[] args)
    {
        var signal = exitCode == ExitCodes.Interrupted ? "SIGINT" : "SIGTERM";
        console.Error.WriteLine(NamesAnOutputFile(args)
            ? $"claims: stopped by {signal}; the output file (-o) was left as it was"
            : $"claims: stopped by {signal}");
        return exitCode;
    }

    /// <summary>-o FILE or --output FILE, other than "-" (standard output).</summary>
    private static bool NamesAnOutputFile(string[] args)
    {
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] is "-o" or "--output" && i + 1 < args.Length && args[i + 1] != "-") return true;
            if (args[i].StartsWith("--output=", StringComparison.Ordinal) && args[i] != "--output=-") return true;
        }
        return false;
    }
}
