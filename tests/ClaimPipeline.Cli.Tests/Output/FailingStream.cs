namespace ClaimPipeline.Cli.Tests.Output;

/// <summary>
/// Passes writes to a file stream until <c>capacity</c> bytes, then fails every write and flush the way .NET reports
/// a full disk on Linux: an IOException whose HResult is ENOSPC (28).
/// </summary>
internal sealed class FailingStream(Stream inner, long capacity) : Stream
{
    private long _written;
    private bool _full;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _written;
    public override long Position { get => _written; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count)
    {
        _full |= _written + count > capacity;
        if (_full) throw new IOException("No space left on device", 28);
        inner.Write(buffer, offset, count);
        _written += count;
    }

    public override void Flush()
    {
        if (_full) throw new IOException("No space left on device", 28);
        inner.Flush();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
