using System.Buffers;
using System.Text;

namespace ClaimPipeline.Cli.Output;

/// <summary>
/// Text for a workbook cell, in SpreadsheetML's own escape (ECMA-376 ST_Xstring, as Excel and LibreOffice read
/// it): a character XML cannot carry (a control character, a lone surrogate, U+FFFE/FFFF) or would not keep (a
/// carriage return, which XML turns into a line feed) is written `_xHHHH_`, and an underscore that could start
/// such a sequence is itself written `_x005F_`. Text over a cell's 32,767 characters is cut, marked with "…".
/// </summary>
public static class XlsxText
{
    /// <summary>The most characters a cell holds (Excel's limit; more and Excel repairs the file).</summary>
    public const int MaxCellChars = 32_767;

    private static readonly SearchValues<char> Special = SearchValues.Create(Specials());

    public static string Encode(string text)
    {
        if (text.Length > MaxCellChars) text = Cut(text);
        if (text.AsSpan().IndexOfAny(Special) < 0) return text;
        var result = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(c).Append(text[++i]);
            }
            else if (c == '_' ? StartsEscape(text, i) : IsSpecial(c))
            {
                result.Append("_x").Append(((int)c).ToString("X4")).Append('_');
            }
            else
            {
                result.Append(c);
            }
        }
        return result.ToString();
    }

    private static bool IsSpecial(char c) => c is < ' ' and not '\t' and not '\n' || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF';

    /// <summary>
    /// "_xHHHH" at <paramref name="i"/>: with an underscore after it, a reader would decode it, so its underscore is
    /// escaped. The next underscore may be one this escape writes ("_x1234\r" → "_x1234_x000D_"), so it is not
    /// looked at.
    /// </summary>
    private static bool StartsEscape(string text, int i)
    {
        if (i + 6 > text.Length || text[i + 1] != 'x') return false;
        for (int k = i + 2; k < i + 6; k++)
            if (!char.IsAsciiHexDigit(text[k])) return false;
        return true;
    }

    private static string Cut(string text)
    {
        int end = MaxCellChars - 1;
        if (char.IsHighSurrogate(text[end - 1])) end--;
        return string.Concat(text.AsSpan(0, end), "\u2026");
    }

    private static string Specials()
    {
        var chars = new StringBuilder("_\r\uFFFE\uFFFF");
        for (char c = '\0'; c < ' '; c++)
            if (c is not '\t' and not '\n' and not '\r') chars.Append(c);
        for (int c = 0xD800; c <= 0xDFFF; c++) chars.Append((char)c);
        return chars.ToString();
    }
}
