using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ClaimPipeline.Cli.Input;

/// <summary>Decodes UTF-8 and refuses invalid bytes, reporting where the first one is; a leading BOM is dropped.</summary>
public static class StrictUtf8
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string error)
    {
        int start = bytes.StartsWith(Bom) ? Bom.Length : 0;
        int invalid = IndexOfInvalid(bytes[start..]);
        if (invalid < 0)
        {
            text = Encoding.UTF8.GetString(bytes[start..]);
            error = "";
            return true;
        }
        invalid += start;
        int line = 1 + bytes[..invalid].Count((byte)'\n');
        text = "";
        error = $"invalid UTF-8 at byte {invalid} (line {line})";
        return false;
    }

    /// <summary>The offset of the first byte that is not part of valid UTF-8 (surrogates and overlong forms are invalid), or -1.</summary>
    public static int IndexOfInvalid(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes)) return -1;
        int at = 0;
        while (Rune.DecodeFromUtf8(bytes[at..], out _, out int length) == OperationStatus.Done) at += length;
        return at;
    }

    /// <summary>The 1-based character column of byte <paramref name="offset"/> in a line whose bytes before it are valid UTF-8.</summary>
    public static int ColumnOf(ReadOnlySpan<byte> line, long offset)
    {
        int column = 1;
        foreach (var b in line[..(int)Math.Clamp(offset, 0, line.Length)])
            if ((b & 0xC0) != 0x80) column++; // every byte but continuation bytes starts a character
        return column;
    }

    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
