using ClaimPipeline.Cli.Commands;

var console = CliConsole.System();
using var signals = new TerminationSignals();
try
{
    int exit = CommandLine.Run(args, console, signals.Token);
    return signals.ExitCode != 0 ? Stopped() : exit;
}
catch (OperationCanceledException) when (signals.ExitCode != 0)
{
    return Stopped();
}
catch (Exception e) when (Environment.GetEnvironmentVariable("CLAIMS_DEBUG") is null)
{
    console.Error.WriteLine($"claims: internal error: {e.GetType().Name}: {e.Message} (set CLAIMS_DEBUG=1 for details)");
    return ExitCodes.InternalError;
}

int Stopped()
{
    console.Error.WriteLine($"claims: stopped by {(signals.ExitCode == ExitCodes.Interrupted ? "SIGINT" : "SIGTERM")}; an output file (-o) was left as it was");
    return signals.ExitCode;
}
