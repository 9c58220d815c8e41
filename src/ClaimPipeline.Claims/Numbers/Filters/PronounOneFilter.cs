using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Filters;

/// <summary>
/// "one of them", "no one came", "that one was broken": a spelled "one" (or "zero") that counts no noun is a
/// pronoun. "one factory", "one of the few books" and "one fifth" have a unit or are fractions and are kept.
/// </summary>
public sealed class PronounOneFilter : NonQuantityFilter
{
    public override bool Rejects(Document document, SentenceSpan sentence, in QuantityDraft quantity)
    {
        var number = quantity.Number;
        return quantity.Unit is null && number.Spelled && !number.Vague && !number.Fraction && number.Value is >= 0 and < 2;
    }
}
