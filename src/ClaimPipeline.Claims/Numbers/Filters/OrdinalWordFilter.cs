using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Filters;

/// <summary>
/// "one hundred twenty fifth", "one hundred twenty-fifth", "three trillionth", "two hundredth", "three hundred twenty
/// second": a spelled number that goes on in an ordinal word is one ordinal, no count. A unit ordinal (first … ninth,
/// "third") continues only a tens word ("twenty second", where "ten second" would be a duration); a fraction ("one
/// fifth", "two thirds") was read whole before.
/// </summary>
public sealed class OrdinalWordFilter(NumberLexicons lexicons) : NonQuantityFilter
{
    public override bool Rejects(Document document, SentenceSpan sentence, in QuantityDraft quantity)
    {
        var number = quantity.Number;
        int end = number.End;
        if (!number.Spelled || number.Fraction || number.TokenUnit is not null || end >= sentence.EndToken
            || document.Tokens[end].Kind != TokenKind.Word)
            return false;
        var next = document.FoldedToken(end);
        int hyphen = next.IndexOf('-');
        if (hyphen > 0) return OrdinalValue(next[(hyphen + 1)..]) is not null && lexicons.NumberWords.TryGet(next[..hyphen], out _);
        if (OrdinalValue(next) is not { } ordinal) return false;
        return ordinal >= 10 || EndsInTens(document, number.End - 1);
    }

    /// <summary>The value of an ordinal word ("fifth", "hundredth"; "third", which the lexicon lists as a fraction), or null.</summary>
    private double? OrdinalValue(ReadOnlySpan<char> word)
    {
        if (word.Equals("third", StringComparison.OrdinalIgnoreCase)) return 3;
        return lexicons.NumberWords.TryGet(word, out var entry) && entry.Kind == NumberWordKind.Ordinal ? entry.Value : null;
    }

    private bool EndsInTens(Document document, int last) =>
        lexicons.WordAt(document, last) is { Kind: NumberWordKind.Unit } word && word.Value is >= 20 and < 100 && word.Value % 10 == 0;
}
