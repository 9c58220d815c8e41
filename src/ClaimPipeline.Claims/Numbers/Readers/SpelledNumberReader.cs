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
        double total = 0, current = 0, scale = 1;
        bool any = false;
        string? tokenUnit = null;
        int k = t;
        while (k < limit)
        {
            var word = document.FoldedToken(k);
            if (any && word is "and" && k + 1 < limit)
            {
                // "two and a half million", "one hundred and five"
                if (document.FoldedToken(k + 1) is "a" && k + 2 < limit && lexicons.WordAt(document, k + 2) is { Kind: NumberWordKind.Fraction } half)
                {
                    current += half.Value;
                    k += 3;
                    continue;
                }
                if (lexicons.WordAt(document, k + 1) is { Kind: NumberWordKind.Unit })
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
                current += v;
                scale = 1;
            }
            else if (kind == NumberWordKind.Multiplier && v == 100)
            {
                current = (current == 0 ? 1 : current) * 100;
                scale *= 100;
            }
            else if (kind == NumberWordKind.Multiplier)
            {
                total += (current == 0 ? 1 : current) * v;
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
