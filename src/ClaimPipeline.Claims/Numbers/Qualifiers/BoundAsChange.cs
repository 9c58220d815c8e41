using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Qualifiers;

/// <summary>No word of change: the change is the qualifier's bound (~ &gt; &lt; =), or "=" for an exact quantity.</summary>
public sealed class BoundAsChange : QuantityQualifier
{
    public override void Apply(Document document, SentenceSpan sentence, ref QuantityDraft quantity, List<FoundQuantity> found) =>
        quantity.Change ??= quantity.Bound ?? "=";
}
