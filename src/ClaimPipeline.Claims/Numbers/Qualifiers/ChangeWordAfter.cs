using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Qualifiers;

/// <summary>
/// "a 3% rise", "337,000 new jobs added": a word of change right after the quantity, by its "after" direction (a noun
/// or a participle that takes what it adds or removes); not "two planes crashed", whose subject the number is, nor "10
/// miles down the road", where "up" and "down" are adverbs of place.
/// </summary>
public sealed class ChangeWordAfter(NumberLexicons lexicons) : QuantityQualifier
{
    public override void Apply(Document document, SentenceSpan sentence, ref QuantityDraft quantity, List<FoundQuantity> found)
    {
        int end = quantity.End;
        if (quantity.Change is not null || quantity.KeepsLevel || end >= sentence.EndToken) return;
        var word = document.FoldedToken(end);
        if (lexicons.ChangeWords.TryGet(word, out var after) && after.After is { } direction) quantity.Change = direction;
    }
}
