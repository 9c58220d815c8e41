using System.Globalization;
using ClaimPipeline.Claims.Numbers.Filters;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// A number written in digits: "20,000", "1.5", with a scale suffix ("3bn", "£800m", "5m people") or scale word
/// ("$82-million"), a unit written into the token ("47-year-old", "10,000m", "512MB"), multiplier words after it
/// ("1.5 million"), thousands set apart by spaces ("160 000") and a fraction after it ("3½", "2 1/2"). The digit
/// filters (<see cref="NumberGrammar"/>) reject codes, scores, ordinals and clock times first.
/// </summary>
public sealed class DigitsReader(DigitFilter[] filters, NumberLexicons lexicons) : ValueReader
{
    public override string OpeningCharacters => "0123456789";

    public override NumberExpression? Read(Document document, int t, int limit)
    {
        if (document.Tokens[t].Kind != TokenKind.Number) return null;
        var token = document.FoldedToken(t);
        int i = DigitRun(token);
        if (i == 0) return null;
        foreach (var filter in filters)
            if (filter.Rejects(token, i)) return null;
        if (!TryParsePlain(token[..i], out double value)) return null;
        // "N$2,25 billion", "1,5 million": a decimal comma, in money or before a scale, where "2,25" can be no thousands
        bool money = t > 0 && lexicons.CurrencyWords.Of(document.FoldedToken(t - 1)) is not null;
        if (TryParseDecimalComma(token[..i], out double withComma)
            && (money || ScaleOf(token[i..]) is not null || t + 1 < limit && lexicons.WordAt(document, t + 1) is { Kind: NumberWordKind.Multiplier }))
            value = withComma;
        // "5-10", "1-2bn": a range in one token; what follows its upper end applies to both ends.
        var range = DashRangeToken.Read(token, i);
        double high = range?.High ?? 0;
        if (range is { } r) value = r.Low;
        var rest = token[(range?.TailStart ?? i)..];
        string? tokenUnit = null;
        double suffixScale = 1;
        int end = t + 1;
        if (rest.Length > 0)
        {
            if (rest[0] == '-' && HyphenatedScale(rest[1..]) is { } hyphenated)
            {
                // "$82-million", "14-thousand", "a 30-million-dollar deal": the scale word, then any unit after it
                suffixScale = hyphenated.Scale;
                value = ScaledValue.Times(value, suffixScale);
                high = ScaledValue.Times(high, suffixScale);
                tokenUnit = hyphenated.Unit;
            }
            // "47-year-old", "30-minute": a dash and a word (the score filter took the rest)
            else if (rest[0] == '-') tokenUnit = rest[1..].ToString().ToLowerInvariant();
            else if (ScaleOf(rest) is double scale)
            {
                // "£800m" is money in millions, "5m people" a count, "60m hurdles" a distance in metres.
                if (rest is "m" && !money && !(t + 1 < limit && CountFollows(document, t + 1, limit))) tokenUnit = "m";
                else
                {
                    suffixScale = scale;
                    value = ScaledValue.Times(value, scale);
                    high = ScaledValue.Times(high, scale);
                }
            }
            else tokenUnit = rest.ToString(); // its case tells "10MW" from "10mW" (UnitReader.TokenUnit)
        }
        else if (range is null && token.Length == i)
        {
            end = SpaceGroups(document, t, limit, ref value);
            end = WholeAndFraction(document, end, limit, ref value);
        }
        var number = Multipliers.After(lexicons, document, t, end, limit, value, spelled: false, vague: false, tokenUnit: tokenUnit, scale: suffixScale);
        // "5-10 million": the multiplier words scale the upper end too.
        return range is null ? number : number with { High = ScaledValue.Times(high, number.Scale / suffixScale) };
    }

    /// <summary>"million" or "million-dollar" after a number's dash: the scale, and the unit written after it.</summary>
    private (double Scale, string? Unit)? HyphenatedScale(ReadOnlySpan<char> words)
    {
        int dash = words.IndexOf('-');
        var head = dash < 0 ? words : words[..dash];
        if (!lexicons.NumberWords.TryGet(head, out var word) || word.Kind != NumberWordKind.Multiplier) return null;
        return (word.Value, dash < 0 || dash + 1 == words.Length ? null : words[(dash + 1)..].ToString().ToLowerInvariant());
    }

    /// <summary>Digit groups of a thousand after a separating space: 1-3 digits, then groups of exactly three.</summary>
    private const int GroupDigits = 3;

    /// <summary>
    /// "160 000 people", "N$100 000": thousands set apart by a space (a no-break or narrow space folds to one), where
    /// the head has one to three digits and each group exactly three; "in 2004 100 people" has a four-digit head.
    /// Returns where the number ends.
    /// </summary>
    private static int SpaceGroups(Document document, int t, int limit, ref double value)
    {
        var head = document.FoldedToken(t);
        if (head.Length > GroupDigits || !IsAllDigits(head) || t > 0 && document.Tokens[t - 1].Kind == TokenKind.Number) return t + 1;
        int end = t + 1;
        double grouped = value;
        while (end < limit && document.Tokens[end].Kind == TokenKind.Number && document.Tokens[end].Start == document.Tokens[end - 1].End + 1
               && document.FoldedToken(end) is { Length: GroupDigits } group && IsAllDigits(group))
        {
            grouped = grouped * 1000 + int.Parse(group, CultureInfo.InvariantCulture);
            end++;
        }
        // "1 000 5": a group followed by more digits is a list or a code, not one number
        if (end == t + 1 || end < limit && document.Tokens[end].Kind == TokenKind.Number && document.Tokens[end].Start == document.Tokens[end - 1].End + 1)
            return t + 1;
        value = grouped;
        return end;
    }

    /// <summary>The largest denominator of a fraction after a whole number ("2 1/2", "5 3/4", "1 7/16 inches").</summary>
    private const int MaxMixedDenominator = 16;

    /// <summary>
    /// "3½", "7¾", "2 1/2": a whole number and a fraction smaller than one, a vulgar fraction joined to it or digits
    /// over digits after one space. Returns where the number ends.
    /// </summary>
    private static int WholeAndFraction(Document document, int end, int limit, ref double value)
    {
        if (end >= limit || value != Math.Floor(value)) return end;
        var next = document.FoldedToken(end);
        bool joined = document.Tokens[end].Start == document.Tokens[end - 1].End;
        if (joined && next.Length == 1 && char.GetUnicodeCategory(next[0]) == UnicodeCategory.OtherNumber
            && char.GetNumericValue(next[0]) is > 0 and < 1 and var part)
        {
            value += part;
            return end + 1;
        }
        if (end + 2 < limit && document.Tokens[end].Start == document.Tokens[end - 1].End + 1 && document.FoldedToken(end + 1) is "/"
            && document.Tokens[end + 1].Start == document.Tokens[end].End && document.Tokens[end + 2].Start == document.Tokens[end + 1].End
            && int.TryParse(next, NumberStyles.None, CultureInfo.InvariantCulture, out int numerator)
            && int.TryParse(document.FoldedToken(end + 2), NumberStyles.None, CultureInfo.InvariantCulture, out int denominator)
            && numerator >= 1 && numerator < denominator && denominator <= MaxMixedDenominator
            && !(end + 3 < limit && document.Tokens[end + 3].Start == document.Tokens[end + 2].End && document.FoldedToken(end + 3) is "/"))
        {
            value += (double)numerator / denominator;
            return end + 3;
        }
        return end;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    /// <summary>The length of the plain number that opens <paramref name="token"/>: digits with "," and "." between them.</summary>
    public static int DigitRun(ReadOnlySpan<char> token)
    {
        int i = 0;
        while (i < token.Length && (char.IsAsciiDigit(token[i]) || (token[i] is ',' or '.' && i + 1 < token.Length && char.IsAsciiDigit(token[i + 1])))) i++;
        return i;
    }

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

    /// <summary>"2,6" → 2.6: one comma before one or two digits, which a thousands separator never has.</summary>
    public static bool TryParseDecimalComma(ReadOnlySpan<char> digits, out double value)
    {
        value = 0;
        int comma = digits.IndexOf(',');
        if (comma <= 0 || digits.LastIndexOf(',') != comma || digits.IndexOf('.') >= 0 || digits.Length - comma - 1 is not (1 or 2)) return false;
        Span<char> point = stackalloc char[digits.Length];
        digits.CopyTo(point);
        point[comma] = '.';
        return double.TryParse(point, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private bool CountFollows(Document document, int t, int limit) =>
        document.FoldedToken(t) is "of" || lexicons.Units.Match(document, t, limit, out _) > 0;

    /// <summary>A scale suffix written into a digit token: "k", "m", "bn", "tn".</summary>
    public static double? ScaleOf(ReadOnlySpan<char> suffix) => suffix switch
    {
        "k" or "K" => 1e3,
        "m" or "mn" or "M" => 1e6,
        "bn" or "b" or "B" => 1e9,
        // "RM750mil", "RM1bil", "5bln": the abbreviations of Malaysian and wire-service money news
        "mil" or "mln" => 1e6,
        "bil" or "bln" => 1e9,
        "tn" or "trn" => 1e12,
        _ => null,
    };
}
