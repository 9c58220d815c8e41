using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Filters;

/// <summary>"10 Downing Street", "221 Baker Street": a house number (non-quantity-words.tsv, "street", two tokens after it).</summary>
public sealed class StreetNumberFilter(NumberLexicons lexicons) : NonQuantityFilter
{
    public override bool Rejects(Document document, SentenceSpan sentence, in QuantityDraft quantity)
    {
        int end = quantity.Number.End;
        return quantity.Currency is null && end + 1 < sentence.EndToken && lexicons.NonQuantityWords.Street.Contains(document.FoldedToken(end + 1));
    }
}
