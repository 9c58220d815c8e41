using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Qualifiers;

/// <summary>
/// "the death toll passed 1,000", "sales passed $2bn": a verb of passing (change-context.tsv, "passing") whose object
/// is the number is a lower bound, the level passed; not with a counted noun or a time ("passed 12 bills", "passed
/// five hours in a cell"), which it counts.
/// </summary>
public sealed class PassedLevel(NumberLexicons lexicons) : QuantityQualifier
{
    public override void Apply(Document document, SentenceSpan sentence, ref QuantityDraft quantity, List<FoundQuantity> found)
    {
        int verb = quantity.First - 1;
        if (quantity.Qualifier is not null || verb < sentence.FirstToken || !lexicons.ChangeContext.Passing.Contains(document.FoldedToken(verb)))
            return;
        if (quantity.Unit is not (null or "-")
            && lexicons.UnitDimensions.Of(document, quantity.Unit, quantity.Start, quantity.End) is null or "count" or "time")
            return;
        quantity.Qualifier = document.Slice(document.Tokens[verb].Start, document.Tokens[verb].End);
        quantity.Bound = ">";
        quantity.First = verb;
    }
}
