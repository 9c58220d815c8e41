namespace ClaimPipeline.Cli.Input;

/// <summary>
/// Splits a stream into lines without holding more than one line in memory: a line over the size limit is
/// skipped as it streams past and reported by its length only. A line still without its end after
/// <see cref="SkipLimit"/> bytes ends the stream (<see cref="JsonlLine.RestUnread"/>): an endless one
/// (`yes | claims extract -`, a device) would otherwise be drained forever without a word. A UTF-8 BOM before the
/// first line is dropped.
/// </summary>
public static class JsonlLineReader
{
    private const int ChunkBytes = 1 << 16;

    /// <summary>How far an over-long line is skipped looking for its end: 64 MiB, or four times the limit.</summary>
    public static long SkipLimit(long maxLineBytes) => Math.Max(64L << 20, 4 * maxLineBytes);

    /// <summary>The lines of <paramref name="stream"/>, after the bytes already read into <paramref name="prefix"/>.</summary>
    public static IEnumerable<JsonlLine> Read(Stream stream, long maxLineBytes, ReadOnlyMemory<byte> prefix = default)
    {
        var buffer = new byte[Math.Max(ChunkBytes, prefix.Length)];
        prefix.CopyTo(buffer);
        int filled = prefix.Length, start = 0, number = 0;
        long skippedLength = -1; // >= 0 while discarding the rest of an over-long line
        bool first = true, end = false;
        while (true)
        {
            int newline = Array.IndexOf(buffer, (byte)'\n', start, filled - start);
            if (newline >= 0 || (end && (filled > start || skippedLength >= 0)))
            {
                int lineEnd = newline >= 0 ? newline : filled;
                number++;
                if (skippedLength >= 0)
                {
                    yield return new JsonlLine(number, default, skippedLength + (lineEnd - start), true);
                    skippedLength = -1;
                }
                else
                {
                    int lineStart = start;
                    if (first && lineEnd - lineStart >= 3 && buffer[lineStart] == 0xEF && buffer[lineStart + 1] == 0xBB && buffer[lineStart + 2] == 0xBF)
                        lineStart += 3;
                    yield return lineEnd - lineStart > maxLineBytes
                        ? new JsonlLine(number, default, lineEnd - lineStart, true)
                        : new JsonlLine(number, new ReadOnlyMemory<byte>(buffer, lineStart, lineEnd - lineStart), lineEnd - lineStart, false);
                }
                first = false;
                start = newline >= 0 ? newline + 1 : filled;
                continue;
            }
            if (end) yield break;
            // No newline in what is buffered: drop an over-long line's bytes, else make room and read more.
            if (skippedLength >= 0 || filled - start > maxLineBytes)
            {
                skippedLength = Math.Max(skippedLength, 0) + (filled - start);
                start = filled = 0;
                if (skippedLength > SkipLimit(maxLineBytes))
                {
                    yield return new JsonlLine(number + 1, default, skippedLength, true, RestUnread: true);
                    yield break;
                }
            }
            else if (start > 0)
            {
                Array.Copy(buffer, start, buffer, 0, filled - start);
                filled -= start;
                start = 0;
            }
            if (filled == buffer.Length) Array.Resize(ref buffer, (int)Math.Min(Array.MaxLength, (long)buffer.Length * 2));
            int read = stream.Read(buffer, filled, buffer.Length - filled);
            if (read == 0) end = true;
            filled += read;
        }
    }
}
