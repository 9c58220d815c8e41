using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Qualifiers;

/// <summary>
/// Sets what qualifies a quantity: its bound (about, more than, up to → ~ &gt; &lt;) or its change (up, down). The
/// qualifiers of <see cref="NumberGrammar"/> all apply, in order; an earlier one's choice stands unless a later one
/// says why it overrides it. <paramref name="found"/> holds the sentence's earlier quantities, in text order.
/// </summary>
public abstract class QuantityQualifier
{
    public abstract void Apply(Document document, SentenceSpan sentence, ref QuantityDraft quantity, List<FoundQuantity> found);
}
