using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// A number in words: "twenty-one", "one hundred and five", "two and a half million", "three dozen", a count and a
/// fraction or ordinal ("one fifth", "two thirds"), and a number word joined to its unit ("two-day" → 2, "day").
/// Ordinals, groups and fractions alone are left to other readers or to no reader ("she finished third").
/// </summary>
public sealed class SpelledNumberReader(NumberLexicons lexicons) : ValueReader
{
    /// <summary>A spelled number starts with a unit or multiplier word ("two", "hundred", "twenty-one").</summary>
    public override string OpeningCharacters { get; } =
        lexicons.NumberWordInitials[NumberWordKind.Unit] + lexicons.NumberWordInitials[NumberWordKind.Multiplier];

    public override NumberExpression? Read(Document document, int t, int limit)
    {
        if (document.Tokens[t].Kind != TokenKind.Word) return null;
        if (HyphenatedFraction(document, t, limit) is { } fraction) return fraction;
        // "crores of rupees", "lakhs of people": a plural scale word scales a number ("600 crores") but opens none.
        if (lexicons.WordAt(document, t) is { Kind: NumberWordKind.Multiplier } && document.FoldedToken(t)[^1] is 's' or 'S') return null;
        return ReadWords(document, t, t, limit, 0);
    }

    /// <summary>
    /// "a hundred and two", "a million": the words from <paramref name="k"/> on, with <paramref name="current"/> already
    /// counted (1 for an article before a multiplier), as a number that starts at token <paramref name="t"/>.
    /// </summary>
    public NumberExpression? ReadWords(Document document, int t, int k, int limit, double current)
    {
        // English number grammar: a group is a count of hundreds and the tens and ones after it ("two hundred and
        // fifty"), a scale word ends a group; "and" joins only a smaller part to a group of a hundred or more, and
        // two unit words join only as tens and ones ("twenty one"): "four and six counts", "one six" are two numbers.
        double total = 0, scale = 1;
        bool any = current > 0;
        string? tokenUnit = null;
        while (k < limit)
        {
            var word = document.FoldedToken(k);
            if (any && word is "and" && k + 1 < limit)
            {
                // "two and a half million", "one billion and a half million"; "a million and a half" is half of the scale word
                if (document.FoldedToken(k + 1) is "a" && k + 2 < limit && lexicons.WordAt(document, k + 2) is { Kind: NumberWordKind.Fraction } half)
                {
                    if (current == 0 && total > 0 && !(k + 3 < limit && lexicons.WordAt(document, k + 3) is { Kind: NumberWordKind.Multiplier }))
                        total += ScaledValue.Times(half.Value, scale);
                    else current += half.Value;
                    k += 3;
                    continue;
                }
                // "one hundred and five", "two thousand and ten"
                if (lexicons.WordAt(document, k + 1) is { Kind: NumberWordKind.Unit } && TakesAnd(total, current))
                {
                    k++;
                    continue;
                }
                break;
            }
            if (!TryWordValue(word, out double v, out NumberWordKind kind, out var tail))
            {
                // "one fifth", "two thirds": a count and an ordinal or fraction word; above one, the word is plural
                // ("two hundredth" is an ordinal, OrdinalWordFilter).
                if (any && current is > 0 and < 10 && total == 0 && lexicons.WordAt(document, k) is { } denominator
                    && denominator.Kind is NumberWordKind.Ordinal or NumberWordKind.Fraction && FractionReader.EndsFraction(document, k + 1, limit)
                    && (current == 1 || word[^1] is 's' or 'S'))
                {
                    double of = denominator.Kind == NumberWordKind.Ordinal ? 1 / denominator.Value : denominator.Value;
                    return new NumberExpression(t, k + 1, current * of, true, false, true, null);
                }
                break;
            }
            // scale: the multiplier words that end the number ("two hundred thousand": 100000), 1 after a unit word
            if (kind == NumberWordKind.Unit)
            {
                if (!JoinsUnit(current, v)) break;
                current += v;
                scale = 1;
            }
            else if (kind == NumberWordKind.Multiplier && v == 100)
            {
                if (current >= 100) break;
                current = (current == 0 ? 1 : current) * 100;
                scale *= 100;
            }
            else if (kind == NumberWordKind.Multiplier)
            {
                // "one thousand million": a larger scale word multiplies all before it
                if (total > 0 && v > total) total = ScaledValue.Times(total + current, v);
                else if (total > 0 && current == 0) break;
                else total += ScaledValue.Times(current == 0 ? 1 : current, v);
                current = 0;
                scale *= v;
            }
            else break;
            any = true;
            k++;
            if (tail is not null)
            {
                tokenUnit = tail;
                break;
            }
        }
        if (!any) return null;
        // "three dozen"
        if (k < limit && document.FoldedToken(k) is "dozen")
        {
            current *= DozenReader.Dozen;
            k++;
        }
        return new NumberExpression(t, k, total + current, true, false, false, tokenUnit) { Scale = scale };
    }

    /// <summary>"and" joins the tens and ones to a group of hundreds ("a hundred and two") or to a scale ("two thousand and ten").</summary>
    private static bool TakesAnd(double total, double current) =>
        current >= 100 && current % 100 == 0 || current == 0 && total >= 1000;

    /// <summary>
    /// A unit word joins the group so far when the group is empty or ends in hundreds ("two hundred five"), or ends in
    /// tens that take ones ("twenty one"); "four six" or "one six" are two numbers.
    /// </summary>
    private static bool JoinsUnit(double current, double unit)
    {
        double tensAndOnes = current % 100;
        return current == 0 || tensAndOnes == 0 && unit < 100
            || tensAndOnes is >= 20 and < 100 && tensAndOnes % 10 == 0 && unit is >= 1 and < 10;
    }

    /// <summary>
    /// "two-thirds", "three-quarters", "one-fifth" before "of" or a clause end, as "two thirds" is: a count from one to
    /// nine and a fraction or ordinal word, plural after a count above one (the rugby "three-quarter" is a position).
    /// </summary>
    private NumberExpression? HyphenatedFraction(Document document, int t, int limit)
    {
        var word = document.FoldedToken(t);
        int hyphen = word.IndexOf('-');
        if (hyphen <= 0 || !FractionReader.EndsFraction(document, t + 1, limit)
            || !lexicons.NumberWords.TryGet(word[..hyphen], out var count) || count is not { Kind: NumberWordKind.Unit, Value: >= 1 and < 10 }
            || !lexicons.NumberWords.TryGet(word[(hyphen + 1)..], out var denominator) || (word[^1] == 's') != (count.Value > 1))
            return null;
        double? part = denominator.Kind switch
        {
            NumberWordKind.Fraction => denominator.Value,
            NumberWordKind.Ordinal when denominator.Value >= 3 => 1 / denominator.Value,
            _ => null,
        };
        return part is { } of ? new NumberExpression(t, t + 1, count.Value * of, true, false, true, null) : null;
    }

    /// <summary>Value of a number word, with "twenty-one" and hyphenated units ("two-day" → 2 and tail "day").</summary>
    private bool TryWordValue(ReadOnlySpan<char> word, out double value, out NumberWordKind kind, out string? tail)
    {
        value = 0;
        kind = NumberWordKind.Unit;
        tail = null;
        if (lexicons.NumberWords.TryGet(word, out var entry))
        {
            if (entry.Kind is NumberWordKind.Ordinal or NumberWordKind.Group or NumberWordKind.Fraction) return false;
            value = entry.Value;
            kind = entry.Kind;
            return true;
        }
        int hyphen = word.IndexOf('-');
        if (hyphen <= 0) return false;
        if (!lexicons.NumberWords.TryGet(word[..hyphen], out var head) || head.Kind != NumberWordKind.Unit) return false;
        var rest = word[(hyphen + 1)..];
        if (head.Value >= 20 && lexicons.NumberWords.TryGet(rest, out var ones) && ones.Kind == NumberWordKind.Unit && ones.Value < 10)
        {
            value = head.Value + ones.Value;
            return true;
        }
        // "two-day", "three-party"; not "three-quarter" (a position) nor "one-click".
        if (rest.Length < 3 || lexicons.NumberWords.TryGet(rest, out _) || !char.IsLower(rest[0]) || rest.IndexOf('-') >= 0 && !rest.StartsWith("year-old")) return false;
        value = head.Value;
        tail = rest.ToString().ToLowerInvariant();
        return true;
    }
}
