using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Qualifiers;

/// <summary>
/// "thousands of troops", "several hundred": a vague group is at least its number word (">"), and its first word is
/// the qualifier, unless a qualifier before it already says otherwise ("up to thousands").
/// </summary>
public sealed class VagueGroupBound : QuantityQualifier
{
    public override void Apply(Document document, SentenceSpan sentence, ref QuantityDraft quantity, List<FoundQuantity> found)
    {
        // "tens of millions" is a range: both its ends are written, so it is no bound.
        if (!quantity.Number.Vague || quantity.High is not null) return;
        var word = document.Tokens[quantity.Number.First];
        quantity.Qualifier ??= document.Slice(word.Start, word.End);
        quantity.Bound ??= ">";
    }
}
