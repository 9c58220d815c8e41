using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Filters;

/// <summary>
/// "23.", "(4)", "2": a sentence that is nothing but a small whole number in plain digits, with at most a dot or
/// brackets around it, is the marker of a numbered list or paragraph that the sentence splitter cut off from its item,
/// not an amount. "100%", "10k", "2 million" and "-1" alone are read.
/// </summary>
public sealed class ListMarkerFilter : NonQuantityFilter
{
    /// <summary>List markers have at most three digits.</summary>
    private const int MarkerDigits = 3;

    public override bool Rejects(Document document, SentenceSpan sentence, in QuantityDraft quantity)
    {
        var number = quantity.Number;
        if (quantity.Currency is not null || number.Spelled || number.End - number.First != 1) return false;
        var token = document.FoldedToken(number.First);
        if (token.Length > MarkerDigits) return false;
        foreach (var c in token)
            if (!char.IsAsciiDigit(c)) return false;
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (k != number.First && document.FoldedToken(k) is not ("." or "(" or ")" or ":")) return false;
        return true;
    }
}
