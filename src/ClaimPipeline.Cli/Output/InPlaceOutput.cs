using ClaimPipeline.Cli.Posix;

namespace ClaimPipeline.Cli.Output;

/// <summary>
/// A device, FIFO or socket named by -o: opened for writing and written as the run goes, as the shell's `>`
/// would, never replaced by a regular file.
/// </summary>
public sealed class InPlaceOutput : OutputTarget
{
    private readonly NamedOutputStream _stream;

    public InPlaceOutput(string name, string target, CancellationToken cancellationToken)
    {
        // Opening a FIFO waits for its reader, in a call nothing interrupts: wait beside it, so that Ctrl-C still
        // stops the run (the abandoned open ends with the process).
        var open = Task.Run(() => new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1 << 16), CancellationToken.None);
        var file = open.WaitAsync(cancellationToken).GetAwaiter().GetResult();
        IsTerminal = IsATerminal(file);
        _stream = new NamedOutputStream(file, name, fate: null);
    }

    public override bool IsTerminal { get; }

    public override Stream Stream => _stream;

    public override void Commit() => _stream.Flush();

    public override void Dispose() => _stream.Dispose();

    private static bool IsATerminal(FileStream file)
    {
        try
        {
            return Libc.IsATty(file.SafeFileHandle.DangerousGetHandle()) == 1;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }
}
