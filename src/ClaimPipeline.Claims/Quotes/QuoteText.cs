using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes;

/// <summary>Token-range measures the quote rules and passes share.</summary>
internal static class QuoteText
{
    /// <summary>Drops final punctuation and closing marks from the token range [first, end).</summary>
    public static int TrimEnd(Document document, int first, int end)
    {
        while (end > first && document.Tokens[end - 1].Kind is TokenKind.Punctuation or TokenKind.Symbol) end--;
        return end;
    }

    /// <summary>Words and numbers in [first, end); counting stops past <paramref name="atMost"/>, so a test like
    /// "more than 3 words left" costs 4 steps, not the length of a giant sentence.</summary>
    public static int CountWords(Document document, int first, int end, int atMost = int.MaxValue)
    {
        int words = 0;
        for (int t = first; t < end && words <= atMost; t++)
            if (document.Tokens[t].Kind is TokenKind.Word or TokenKind.Number) words++;
        return words;
    }

    /// <summary>Words and numbers between the character offsets <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static int WordCount(Document document, int start, int end) =>
        CountWords(document, document.TokenAt(start), document.TokenAt(end));

    /// <summary>The first token of a speaker phrase, its role included ("national security adviser Jake Sullivan").</summary>
    public static int PhraseStart(SpeakerPhrase phrase) => phrase.HasRole ? Math.Min(phrase.First, phrase.RoleFirst) : phrase.First;

    /// <summary>A short Title Case quotation with no sentence punctuation reads as the name of a work.</summary>
    public static bool LooksLikeTitle(Document document, QuotationSpan quotation)
    {
        int first = document.TokenAt(quotation.Start);
        int end = document.TokenAt(quotation.End);
        int words = 0;
        for (int t = first; t < end; t++)
        {
            var token = document.Tokens[t];
            var word = document.FoldedToken(t);
            if (token.Kind == TokenKind.Punctuation && word is "." or "!" or "?" or ",") return false;
            if (token.Kind != TokenKind.Word) continue;
            words++;
            if (word.Length > 3 && !char.IsUpper(word[0])) return false;
        }
        return words is > 0 and <= 8 && char.IsUpper(document.Text[quotation.Start]);
    }
}
