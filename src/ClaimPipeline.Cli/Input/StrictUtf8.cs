using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ClaimPipeline.Cli.Input;

/// <summary>Decodes UTF-8 and refuses invalid bytes, reporting where the first one is; a leading BOM is dropped.</summary>
public static class StrictUtf8
{
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string error)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out int read, out int written, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
            {
                text = new string(chars, 0, written);
                error = "";
                return true;
            }
            int line = 1 + bytes[..read].Count((byte)'\n');
            text = "";
            error = $"invalid UTF-8 at byte {read} (line {line})";
            return false;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
