using ClaimPipeline.Cli.Commands;

var console = CliConsole.System();
try
{
    return CommandLine.Run(args, console);
}
catch (Exception e) when (Environment.GetEnvironmentVariable("CLAIMS_DEBUG") is null)
{
    console.Error.WriteLine($"claims: internal error: {e.GetType().Name}: {e.Message} (set CLAIMS_DEBUG=1 for details)");
    return ExitCodes.InternalError;
}
