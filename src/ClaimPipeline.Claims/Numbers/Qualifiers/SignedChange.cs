using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Qualifiers;

/// <summary>
/// A signed number is the size of a change. A negative one is a fall ("down"): with a word of change ("fell -1.3%",
/// and "growth of -0.4%" is a fall too), or in a share or points unit standing alone (unit-kinds.tsv: "Stoxx 50
/// -1.3%", "a growth rate of -0.1%", "FTSE 100 -12.3 points"), which in news is a change. A plus sign in such a unit is
/// a rise ("up"): "Dax +0.8%". A level stays as it is: "fell to -5C", "from -2%", "stood at -0.5%", "to +3%", and a
/// temperature ("-5C").
/// </summary>
public sealed class SignedChange(NumberLexicons lexicons) : QuantityQualifier
{
    public override void Apply(Document document, SentenceSpan sentence, ref QuantityDraft quantity, List<FoundQuantity> found)
    {
        bool negative = quantity.Number.Negative;
        if (!negative && !quantity.Number.Plus) return;
        int first = quantity.First;
        bool standsAlone = lexicons.UnitKinds.SignsAChange(quantity.Unit)
            && (first == sentence.FirstToken || document.FoldedToken(first - 1) is not ("to" or "from" or "at" or "between"));
        if (negative && (standsAlone || quantity.Change is "up" or "down")) quantity.Change = "down";
        else if (!negative && standsAlone && quantity.Change is not "down") quantity.Change = "up";
    }
}
