using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Qualifiers;

/// <summary>"20 or more", "65 or over": a lower bound written after the number, part of the claim's text; a bound before it stands.</summary>
public sealed class OrMoreAfter : QuantityQualifier
{
    public override void Apply(Document document, SentenceSpan sentence, ref QuantityDraft quantity, List<FoundQuantity> found)
    {
        int end = quantity.End;
        if (end + 1 >= sentence.EndToken || document.FoldedToken(end) is not "or" || document.FoldedToken(end + 1) is not ("more" or "above" or "over"))
            return;
        quantity.Bound ??= ">";
        quantity.End = end + 2;
    }
}
