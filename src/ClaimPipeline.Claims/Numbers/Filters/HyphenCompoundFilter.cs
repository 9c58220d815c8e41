using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Filters;

/// <summary>
/// "one-off", "one-sided", "two-pronged", "a two-wheeler", "a one-time champion": a number joined by a hyphen to a
/// word that is no counted noun (non-quantity-words.tsv, "compound-part" and "one-compound"; any past participle in
/// "-ed") makes an adjective or a name, no quantity. "a 10-minute outing", "a three-party contest", "a two-time
/// champion" and "the 47-year-old" count their noun.
/// </summary>
public sealed class HyphenCompoundFilter(NumberLexicons lexicons) : NonQuantityFilter
{
    public override bool Rejects(Document document, SentenceSpan sentence, in QuantityDraft quantity)
    {
        var number = quantity.Number;
        if (quantity.Currency is not null || number.TokenUnit is not { } part || part.Length == 0 || !char.IsLower(part[0])) return false;
        var words = lexicons.NonQuantityWords;
        if (words.CompoundPart.Contains(part) || part.EndsWith("ed", StringComparison.Ordinal) && !lexicons.Units.TryGet(part, out _)) return true;
        return number.Value == 1 && number.End - number.First == 1 && words.OneCompound.Contains(part);
    }
}
