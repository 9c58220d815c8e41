using System.Globalization;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// Reads one number at a token: digits ("20,000", "1.5", "3bn", "47-year-old"), spelled ("twenty-one", "two and a
/// half million"), mixed ("1.5 million"), fractions ("a third", "one fifth", "half") and vague groups ("thousands",
/// "tens of thousands", "several hundred million", "a few thousand", "dozens"), with a minus sign or "minus" before
/// it ("-5C", "−0.4%", "minus 20C"). Values follow the conventions of
/// ../shared/gold/numbers-dev.md: a vague group is worth its number word ("tens of thousands" → 10000).
/// </summary>
public sealed class NumberReader(NumberLexicons lexicons)
{
    public NumberExpression? Read(Document document, int t, int limit)
    {
        // "-5C", "−0.4%", "minus 20C": a sign and the number after it. The unsigned reader is called, not this one,
        // so that "minus minus …" cannot recurse.
        bool sign = IsMinusSign(document, t, limit) && document.Tokens[t + 1].Kind == TokenKind.Number;
        if (sign || IsMinusWord(document, t, limit))
            return ReadUnsigned(document, t + 1, limit) is { Vague: false } number ? number with { First = t, Value = Negated(number.Value) } : null;
        return ReadUnsigned(document, t, limit);
    }

    /// <summary>
    /// A hyphen-minus (U+2212 folds to it) or an en dash joined to the token after it and standing after a space, a
    /// line start or an opening bracket: the sign of what follows ("-5C", "(-0.4%)", "-£3bn"). A dash joined to the
    /// word before is no sign: the tokenizer keeps "COVID-19", "F-16", "5-10", "3-1" and "2021-08-24" as one token, and
    /// "4.7%-4.8%" and "2000–2500" are ranges. A dash with a space after it is a range ("2000 - 2500") or a list
    /// bullet ("- 5 things").
    /// </summary>
    public static bool IsMinusSign(Document document, int t, int limit)
    {
        if (t + 1 >= limit) return false;
        var dash = document.Tokens[t];
        if (dash.Length != 1 || document.Folded[dash.Start] is not ('-' or '\u2013') || document.Tokens[t + 1].Start != dash.End) return false;
        if (dash.Start == 0) return true;
        char before = document.Folded[dash.Start - 1];
        return char.IsWhiteSpace(before) || before is '(' or '[';
    }

    /// <summary>0 stays 0 rather than becoming -0.</summary>
    public static double Negated(double value) => value == 0 ? 0 : -value;

    /// <summary>"minus 20C", "to minus 160 degrees"; not "plus or minus 3 points" (a margin) nor "10 minus 3", "ten minus three".</summary>
    private bool IsMinusWord(Document document, int t, int limit)
    {
        if (t + 1 >= limit || !Is(document.FoldedToken(t), "minus")) return false;
        if (t == 0) return true;
        if (document.Tokens[t - 1].Kind == TokenKind.Number || Word(document, t - 1) is not null) return false;
        return !(t >= 2 && document.FoldedToken(t - 1) is "or" or "/" && Is(document.FoldedToken(t - 2), "plus"));
    }

    private NumberExpression? ReadUnsigned(Document document, int t, int limit)
    {
        var token = document.FoldedToken(t);
        var kind = document.Tokens[t].Kind;
        if (kind == TokenKind.Number) return ReadDigits(document, t, limit, token);
        if (kind != TokenKind.Word) return null;
        var lower = token;
        if (Is(lower, "a") || Is(lower, "an")) return ReadAfterArticle(document, t, limit);
        if (Is(lower, "several") || Is(lower, "few"))
            return t + 1 < limit && Word(document, t + 1) is { Kind: NumberWordKind.Multiplier } m
                ? WithMultipliers(document, t, t + 2, limit, m.Value, spelled: true, vague: true, fraction: false)
                : null;
        if (Word(document, t) is { Kind: NumberWordKind.Group } group) return ReadGroup(document, t, limit, group.Value);
        // "half of the votes"; "the second half" is a part of a match, no quantity.
        if (Is(lower, "half") && t + 1 < limit && document.FoldedToken(t + 1) is "of")
            return new NumberExpression(t, t + 1, 0.5, true, false, true, null);
        if (Is(lower, "half")) return null;
        return ReadSpelled(document, t, limit);
    }

    private NumberExpression? ReadDigits(Document document, int t, int limit, ReadOnlySpan<char> token)
    {
        int i = 0;
        while (i < token.Length && (char.IsAsciiDigit(token[i]) || (token[i] is ',' or '.' && i + 1 < token.Length && char.IsAsciiDigit(token[i + 1])))) i++;
        if (i == 0) return null;
        // "0800 028 9276", "0870": a leading zero marks a phone or code number.
        if (i > 1 && token[0] == '0' && char.IsAsciiDigit(token[1])) return null;
        if (!TryParsePlain(token[..i], out double value)) return null;
        var rest = token[i..];
        string? tokenUnit = null;
        if (rest.Length > 0)
        {
            if (rest[0] == '-')
            {
                // "47-year-old", "30-minute"; "2-1" and "2007-2013" are scores and spans of years, no quantity.
                if (rest.Length < 2 || !char.IsLetter(rest[1])) return null;
                tokenUnit = rest[1..].ToString().ToLowerInvariant();
            }
            else if (rest is "st" or "nd" or "rd" or "th" or "am" or "pm" or "a.m." or "p.m.") return null;
            else if (ScaleOf(rest) is double scale and > 0)
            {
                // "£800m" is money in millions, "5m people" a count, "60m hurdles" a distance in metres.
                bool money = t > 0 && CurrencyWords.Of(document.FoldedToken(t - 1)) is not null;
                if (rest is "m" && !money && !(t + 1 < limit && CountFollows(document, t + 1, limit))) tokenUnit = "m";
                else value *= scale;
            }
            else tokenUnit = rest.ToString().ToLowerInvariant();
        }
        return WithMultipliers(document, t, t + 1, limit, value, spelled: false, vague: false, fraction: false, tokenUnit);
    }

    private bool CountFollows(Document document, int t, int limit) =>
        document.FoldedToken(t) is "of" || lexicons.Units.Match(document, t, limit, out _) > 0;

    private NumberExpression? ReadAfterArticle(Document document, int t, int limit)
    {
        if (t + 1 >= limit) return null;
        var next = Word(document, t + 1);
        if (Is(document.FoldedToken(t + 1), "few") && t + 2 < limit && Word(document, t + 2) is { Kind: NumberWordKind.Multiplier } m)
            return WithMultipliers(document, t, t + 3, limit, m.Value, spelled: true, vague: true, fraction: false);
        if (next is { Kind: NumberWordKind.Multiplier } multiplier)
            return WithMultipliers(document, t, t + 2, limit, multiplier.Value, spelled: true, vague: false, fraction: false);
        if (Is(document.FoldedToken(t + 1), "dozen"))
            return WithMultipliers(document, t, t + 2, limit, 12, spelled: true, vague: false, fraction: false);
        // "a third of", "a quarter of a percentage point", "a half": a fraction only before "of" or a clause end,
        // since "a third term" is an ordinal.
        if (next is { Kind: NumberWordKind.Fraction } part && FractionEnds(document, t + 2, limit))
            return new NumberExpression(t, t + 2, part.Value, true, false, true, null);
        return null;
    }

    private static bool FractionEnds(Document document, int t, int limit) =>
        t >= limit || document.FoldedToken(t) is "of" || document.Tokens[t].Kind == TokenKind.Punctuation;

    private NumberExpression ReadGroup(Document document, int t, int limit, double value)
    {
        int end = t + 1;
        // "tens of thousands", "hundreds of millions": the first group scales the second.
        while (end + 1 < limit && document.FoldedToken(end) is "of" && Word(document, end + 1) is { Kind: NumberWordKind.Group } inner
               && inner.Value > value)
        {
            value *= inner.Value;
            end += 2;
        }
        return new NumberExpression(t, end, value, true, true, false, null);
    }

    private NumberExpression? ReadSpelled(Document document, int t, int limit)
    {
        double total = 0, current = 0;
        bool any = false;
        string? tokenUnit = null;
        int k = t;
        while (k < limit)
        {
            var word = document.FoldedToken(k);
            if (any && word is "and" && k + 1 < limit)
            {
                // "two and a half million", "one hundred and five"
                if (document.FoldedToken(k + 1) is "a" && k + 2 < limit && Word(document, k + 2) is { Kind: NumberWordKind.Fraction } half)
                {
                    current += half.Value;
                    k += 3;
                    continue;
                }
                if (Word(document, k + 1) is { Kind: NumberWordKind.Unit })
                {
                    k++;
                    continue;
                }
                break;
            }
            if (!TryWordValue(word, out double v, out NumberWordKind kind, out var tail))
            {
                // "one fifth", "two thirds": a count and an ordinal or fraction word.
                if (any && current is > 0 and < 10 && total == 0 && Word(document, k) is { } denominator
                    && denominator.Kind is NumberWordKind.Ordinal or NumberWordKind.Fraction && FractionEnds(document, k + 1, limit))
                {
                    double of = denominator.Kind == NumberWordKind.Ordinal ? 1 / denominator.Value : denominator.Value;
                    return new NumberExpression(t, k + 1, current * of, true, false, true, null);
                }
                break;
            }
            if (kind == NumberWordKind.Unit) current += v;
            else if (kind == NumberWordKind.Multiplier && v == 100) current = (current == 0 ? 1 : current) * 100;
            else if (kind == NumberWordKind.Multiplier)
            {
                total += (current == 0 ? 1 : current) * v;
                current = 0;
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
            current *= 12;
            k++;
        }
        return new NumberExpression(t, k, total + current, true, false, false, tokenUnit);
    }

    private NumberExpression WithMultipliers(Document document, int first, int end, int limit, double value, bool spelled, bool vague,
        bool fraction, string? tokenUnit = null)
    {
        while (tokenUnit is null && end < limit && Word(document, end) is { Kind: NumberWordKind.Multiplier } word)
        {
            value *= word.Value;
            end++;
        }
        return new NumberExpression(first, end, value, spelled, vague, fraction, tokenUnit);
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

    private NumberWord? Word(Document document, int t) =>
        lexicons.NumberWords.TryGet(document.FoldedToken(t), out var word) ? word : null;

    private static bool Is(ReadOnlySpan<char> word, string expected) => word.Equals(expected, StringComparison.OrdinalIgnoreCase);

    private static double? ScaleOf(ReadOnlySpan<char> suffix) => suffix switch
    {
        "k" or "K" => 1e3,
        "m" or "mn" or "M" => 1e6,
        "bn" or "b" or "B" => 1e9,
        "tn" or "trn" => 1e12,
        _ => null,
    };

    /// <summary>"20,000" → 20000, "1.5" → 1.5, invariant culture.</summary>
    public static bool TryParsePlain(ReadOnlySpan<char> digits, out double value)
    {
        value = 0;
        Span<char> clean = stackalloc char[Math.Min(digits.Length, 64)];
        int n = 0;
        foreach (var c in digits)
        {
            if (c == ',') continue;
            if (n == clean.Length) return false;
            clean[n++] = c;
        }
        return n > 0 && double.TryParse(clean[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
