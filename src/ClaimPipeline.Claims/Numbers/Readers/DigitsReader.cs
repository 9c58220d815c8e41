using System.Globalization;
using ClaimPipeline.Claims.Numbers.Filters;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// A number written in digits: "20,000", "1.5", with a scale suffix ("3bn", "£800m", "5m people"), a unit written
/// into the token ("47-year-old", "10,000m", "512MB") and multiplier words after it ("1.5 million"). The digit
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
        // "5-10", "1-2bn": a range in one token; what follows its upper end applies to both ends.
        var range = DashRangeToken.Read(token, i);
        double high = range?.High ?? 0;
        if (range is { } r) value = r.Low;
        var rest = token[(range?.TailStart ?? i)..];
        string? tokenUnit = null;
        double suffixScale = 1;
        if (rest.Length > 0)
        {
            // "47-year-old", "30-minute": a dash and a word (the score filter took the rest)
            if (rest[0] == '-') tokenUnit = rest[1..].ToString().ToLowerInvariant();
            else if (ScaleOf(rest) is double scale)
            {
                // "£800m" is money in millions, "5m people" a count, "60m hurdles" a distance in metres.
                bool money = t > 0 && lexicons.CurrencyWords.Of(document.FoldedToken(t - 1)) is not null;
                if (rest is "m" && !money && !(t + 1 < limit && CountFollows(document, t + 1, limit))) tokenUnit = "m";
                else
                {
                    suffixScale = scale;
                    value *= scale;
                    high *= scale;
                }
            }
            else tokenUnit = rest.ToString(); // its case tells "10MW" from "10mW" (UnitReader.TokenUnit)
        }
        var number = Multipliers.After(lexicons, document, t, t + 1, limit, value, spelled: false, vague: false, tokenUnit: tokenUnit, scale: suffixScale);
        // "5-10 million": the multiplier words scale the upper end too.
        return range is null ? number : number with { High = high * (number.Scale / suffixScale) };
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

    private bool CountFollows(Document document, int t, int limit) =>
        document.FoldedToken(t) is "of" || lexicons.Units.Match(document, t, limit, out _) > 0;

    /// <summary>A scale suffix written into a digit token: "k", "m", "bn", "tn".</summary>
    public static double? ScaleOf(ReadOnlySpan<char> suffix) => suffix switch
    {
        "k" or "K" => 1e3,
        "m" or "mn" or "M" => 1e6,
        "bn" or "b" or "B" => 1e9,
        "tn" or "trn" => 1e12,
        _ => null,
    };
}
