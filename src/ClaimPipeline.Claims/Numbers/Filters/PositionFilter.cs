using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Filters;

/// <summary>
/// "the top 10", "the last 32", "entered the chart at six": a place in a ranking (non-quantity-words.tsv,
/// "position"; "at" before a spelled number), when no unit says what is counted ("the top 10 firms" is a count).
/// </summary>
public sealed class PositionFilter(NumberLexicons lexicons) : NonQuantityFilter
{
    public override bool Rejects(Document document, SentenceSpan sentence, in QuantityDraft quantity)
    {
        int t = quantity.Start;
        if (quantity.Unit is not null || quantity.Number.TokenUnit is not null || t <= sentence.FirstToken) return false;
        var previous = document.FoldedToken(t - 1);
        return lexicons.NonQuantityWords.Position.Contains(previous) || (quantity.Number.Spelled && previous is "at");
    }
}
