namespace ClaimPipeline.Cli.Input;

/// <summary>
/// Reads a stream to its end, but never more than one byte past a limit: a pipe, FIFO or device has no size to
/// check first, and an endless one (`yes | claims extract -`) must not fill the memory.
/// </summary>
public static class LimitedRead
{
    /// <summary>
    /// The <paramref name="prefix"/> already read and the rest of <paramref name="stream"/>, or false as soon as
    /// they come to more than <paramref name="maxBytes"/>; the stream is then left unread past that point.
    /// <paramref name="sizeHint"/> (a regular file's length) sizes the buffer; it is not trusted.
    /// </summary>
    public static bool TryReadToEnd(Stream stream, ReadOnlySpan<byte> prefix, long maxBytes, out ArraySegment<byte> bytes, long sizeHint = 0)
    {
        bytes = default;
        if (prefix.Length > maxBytes) return false;
        long cap = Math.Min(maxBytes + 1, Array.MaxLength);
        var buffer = new byte[(int)Math.Min(cap, Math.Max(Math.Max(prefix.Length, sizeHint + 1), 1 << 16))];
        prefix.CopyTo(buffer);
        int filled = prefix.Length;
        while (filled <= maxBytes)
        {
            if (filled == buffer.Length)
            {
                if (buffer.Length == cap) break;
                Array.Resize(ref buffer, (int)Math.Min(cap, 2L * buffer.Length));
            }
            int read = stream.Read(buffer, filled, buffer.Length - filled);
            if (read == 0)
            {
                bytes = new ArraySegment<byte>(buffer, 0, filled);
                return true;
            }
            filled += read;
        }
        return false;
    }
}
