using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Filters;

/// <summary>
/// "028 9276": digits right after a number token are one phone or code number written in groups. A signed number
/// after one is a name and a change ("Stoxx 50 -1.3%", "FTSE 100 +0.8%") and is read.
/// </summary>
public sealed class DigitGroupFilter : NonQuantityFilter
{
    public override bool Rejects(Document document, SentenceSpan sentence, in QuantityDraft quantity)
    {
        var number = quantity.Number;
        int first = number.First;
        return quantity.Currency is null && first > sentence.FirstToken && !number.Spelled && !number.Negative && !number.Plus
            && document.Tokens[first - 1].Kind == TokenKind.Number;
    }
}
