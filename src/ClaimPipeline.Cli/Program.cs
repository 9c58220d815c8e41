using ClaimPipeline.Cli.Commands;

var console = CliConsole.System();
using var signals = new TerminationSignals();
return ClaimsProgram.Run(args, console, signals.Token, () => signals.ExitCode);
