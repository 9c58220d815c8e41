using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Filters;

/// <summary>"10:30", "3 pm", "9 GMT", "24/7": a clock time or a slashed date (the words after it are in non-quantity-words.tsv, "clock").</summary>
public sealed class ClockTimeFilter(NumberLexicons lexicons) : NonQuantityFilter
{
    public override bool Rejects(Document document, SentenceSpan sentence, in QuantityDraft quantity)
    {
        int end = quantity.Number.End;
        return quantity.Currency is null && end < sentence.EndToken && lexicons.NonQuantityWords.Clock.Contains(document.FoldedToken(end));
    }
}
