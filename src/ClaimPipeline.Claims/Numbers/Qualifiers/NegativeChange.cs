using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Qualifiers;

/// <summary>
/// A negative number is the size of a fall ("down"): with a word of change ("fell -1.3%", and "growth of -0.4%" is a
/// fall too), or in a share or points unit standing alone (unit-kinds.tsv: "Stoxx 50 -1.3%", "a growth rate of
/// -0.1%"), which in news is a change. A level stays as it is: "fell to -5C", "from -2%", "stood at -0.5%", and a
/// temperature ("-5C").
/// </summary>
public sealed class NegativeChange(NumberLexicons lexicons) : QuantityQualifier
{
    public override void Apply(Document document, SentenceSpan sentence, ref QuantityDraft quantity, List<FoundQuantity> found)
    {
        if (!quantity.Number.Negative) return;
        int first = quantity.First;
        bool fall = quantity.Change is "up" or "down"
            || (lexicons.UnitKinds.SignsAChange(quantity.Unit)
                && (first == sentence.FirstToken || document.FoldedToken(first - 1) is not ("to" or "from" or "at" or "between")));
        if (fall) quantity.Change = "down";
    }
}
