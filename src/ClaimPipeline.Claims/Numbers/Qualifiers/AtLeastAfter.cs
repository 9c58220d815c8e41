using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Qualifiers;

/// <summary>"for the next 15 years at least", "two hours at most": a bound written after the number; a bound before it stands.</summary>
public sealed class AtLeastAfter : QuantityQualifier
{
    public override void Apply(Document document, SentenceSpan sentence, ref QuantityDraft quantity, List<FoundQuantity> found)
    {
        int end = quantity.End;
        if (end + 1 >= sentence.EndToken || document.FoldedToken(end) is not "at" || document.FoldedToken(end + 1) is not ("least" or "most"))
            return;
        quantity.Bound ??= document.FoldedToken(end + 1) is "least" ? ">" : "<";
    }
}
