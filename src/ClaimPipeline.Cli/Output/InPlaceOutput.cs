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
        _stream = new NamedOutputStream(open.WaitAsync(cancellationToken).GetAwaiter().GetResult(), name, fate: null);
    }

    public override Stream Stream => _stream;

    public override void Commit() => _stream.Flush();

    public override void Dispose() => _stream.Dispose();
}
