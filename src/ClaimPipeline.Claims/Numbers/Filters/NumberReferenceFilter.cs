using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Filters;

/// <summary>
/// "No. 10", "#3", "version 2", "moved from number eight to number one": a number that a reference word names
/// (non-quantity-words.tsv, "reference") is no amount, unless its token carries a unit; nor is a number followed by
/// "to number".
/// </summary>
public sealed class NumberReferenceFilter(NumberLexicons lexicons) : NonQuantityFilter
{
    public override bool Rejects(Document document, SentenceSpan sentence, in QuantityDraft quantity)
    {
        if (quantity.Currency is not null) return false;
        var number = quantity.Number;
        int first = number.First, end = number.End;
        if (end + 1 < sentence.EndToken && document.FoldedToken(end) is "to" && document.FoldedToken(end + 1) is "number") return true;
        return first > sentence.FirstToken && number.TokenUnit is null
            && lexicons.NonQuantityWords.Reference.Contains(document.FoldedToken(first - 1));
    }
}
