namespace ClaimPipeline.Cli.Output;

/// <summary>
/// A write-only stream over an output file that turns the file's write errors into an
/// <see cref="OutputWriteException"/> naming the output as the user wrote it, so the command can say which
/// output failed and what became of it, and tell those errors from every other I/O error.
/// </summary>
public sealed class NamedOutputStream(Stream inner, string name, string? fate) : WriteOnlyStream
{
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputWriteException.From(name, e, fate);
        }
    }

    public override void Flush()
    {
        try
        {
            inner.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputWriteException.From(name, e, fate);
        }
    }

    /// <summary>Flushes and closes the file, reporting a failure (some file systems report a full disk only here).</summary>
    public void FlushToDiskAndClose(FileStream file)
    {
        try
        {
            inner.Flush();
            file.Flush(flushToDisk: true);
            inner.Dispose();
            file.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputWriteException.From(name, e, fate);
        }
    }

    /// <summary>Closing after a failure must not throw again: the first error is the one reported.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            try
            {
                inner.Dispose();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
        base.Dispose(disposing);
    }
}
