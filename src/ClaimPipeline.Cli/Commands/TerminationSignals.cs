using System.Runtime.InteropServices;

namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// Turns SIGINT and SIGTERM into a cancellation instead of an abrupt exit, so a run stops between articles, the
/// temporary output file is deleted, the previous output stays untouched, and the exit code is the shell's
/// convention (130 for SIGINT, 143 for SIGTERM).
/// </summary>
public sealed class TerminationSignals : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly PosixSignalRegistration[] _registrations;
    private volatile int _exitCode;

    public TerminationSignals()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, ExitCodes.Interrupted)),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, ExitCodes.Terminated)),
        ];
    }

    public CancellationToken Token => _cancel.Token;

    /// <summary>The exit code of the signal that arrived, or 0.</summary>
    public int ExitCode => _exitCode;

    private void Stop(PosixSignalContext context, int exitCode)
    {
        context.Cancel = true; // no default termination: the run unwinds and cleans up
        if (_exitCode == 0) _exitCode = exitCode;
        _cancel.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _cancel.Dispose();
    }
}
