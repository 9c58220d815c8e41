using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Qualifiers;

/// <summary>
/// "cuts of 9.6% at Agriculture and 5.6% at the Environmental Protection Agency": after "and", a quantity in the
/// same unit as a rise or fall at most five tokens before it is the same kind of change.
/// </summary>
public sealed class CoordinatedChange : QuantityQualifier
{
    private const int MaxGap = 5;

    public override void Apply(Document document, SentenceSpan sentence, ref QuantityDraft quantity, List<FoundQuantity> found)
    {
        int first = quantity.First;
        if (quantity.Change is not null || quantity.KeepsLevel || first <= sentence.FirstToken || document.FoldedToken(first - 1) is not "and"
            || found.Count == 0)
            return;
        var previous = found[^1];
        if (previous.Claim.Change is "up" or "down" && previous.Claim.Unit == quantity.Unit && first - previous.End <= MaxGap)
            quantity.Change = previous.Claim.Change;
    }
}
