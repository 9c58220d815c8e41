using ClaimPipeline.Nlp.Normalization;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes;

/// <summary>
/// Finds double-quoted passages paragraph by paragraph, in one pass over the text. Curly marks say which side
/// they open; a straight mark opens after a space or an opening bracket and closes otherwise. A quote left open
/// closes at the end of its paragraph, so unbalanced marks cannot make the scan run past it.
/// </summary>
public static class QuotationScanner
{
    private enum Mark { None, Open, Close, Either }

    /// <summary>
    /// Index of the first quotation starting at or after <paramref name="offset"/> (Count if none). Scan returns
    /// quotations in text order, none overlapping another, so a binary search finds them.
    /// </summary>
    public static int FirstFrom(List<QuotationSpan> quotations, int offset)
    {
        int lo = 0, hi = quotations.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (quotations[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public static List<QuotationSpan> Scan(Document document)
    {
        var result = new List<QuotationSpan>();
        var text = document.Text;
        var paragraphs = document.Paragraphs;
        for (int p = 0; p < paragraphs.Length; p++)
        {
            int open = -1;
            for (int i = paragraphs[p].Start; i < paragraphs[p].End; i++)
            {
                var mark = Classify(text, i);
                if (mark == Mark.None) continue;
                int width = TextFolder.IsDoubledMark(text, i) ? 2 : 1;
                if (open < 0)
                {
                    if (mark == Mark.Open || (mark == Mark.Either && OpensHere(text, i, width))) open = i;
                    i += width - 1;
                    continue;
                }
                if (mark == Mark.Open)
                {
                    // A second opening mark: the first was never closed. Close it here and start again.
                    Add(result, text, open, i, -1, p, false);
                    open = i;
                    continue;
                }
                Add(result, text, open, i, i, p, false);
                open = -1;
                i += width - 1;
            }
            if (open >= 0)
            {
                bool continues = p + 1 < paragraphs.Length && Classify(text, paragraphs[p + 1].Start) is Mark.Open or Mark.Either;
                Add(result, text, open, paragraphs[p].End, -1, p, continues);
            }
        }
        return result;
    }

    private static void Add(List<QuotationSpan> result, string text, int open, int end, int close, int paragraph, bool continues)
    {
        int start = open + (TextFolder.IsDoubledMark(text, open) ? 2 : 1);
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        // "…plan,” Mujahid said": the comma before the closing mark belongs to the sentence around the quote.
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or ':')) end--;
        if (end > start) result.Add(new QuotationSpan(open, start, end, close, paragraph, continues));
    }

    private static Mark Classify(string text, int i) => text[i] switch
    {
        '\u201C' or '\u201E' or '\u00AB' => Mark.Open,
        '\u201D' or '\u00BB' => Mark.Close,
        '"' or '\u201F' or '\uFF02' => Mark.Either,
        // Doubled single marks: ``open'', ‘‘open’’, ''either''.
        '`' or '\u2018' when TextFolder.IsDoubledMark(text, i) => Mark.Open,
        '\u2019' when TextFolder.IsDoubledMark(text, i) => Mark.Close,
        '\'' when TextFolder.IsDoubledMark(text, i) => Mark.Either,
        _ => Mark.None,
    };

    private static bool OpensHere(string text, int i, int width)
    {
        bool leftOpen = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '{' or '-' or '\u2014' or '\u2013' or ':';
        bool rightWord = i + width < text.Length && !char.IsWhiteSpace(text[i + width]);
        return leftOpen && rightWord;
    }
}
