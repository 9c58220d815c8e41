using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// A currency code joined to its number, which the tokenizer keeps as one word: "RM7.8 million", "USD160,300",
/// "GHS6.2billion", "RM750mil", "ZAR2,6 million" (a decimal comma: one or two digits after it). The code is the
/// quantity's currency. Without a scale or separator only amounts of 100 or more are read, and no year: "SR71",
/// "COP27", "KM2" are names; a one-letter code only before a scale ("N200 billion", "R67.6bn"; "N95" is a mask).
/// </summary>
public sealed class GluedCurrencyReader(NumberLexicons lexicons) : ValueReader
{
    /// <summary>The smallest bare amount read: "Rs500", "RM750"; smaller ones ("MK2") are models and names.</summary>
    private const double MinBareAmount = 100;

    public override string OpeningCharacters => "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public override bool OpensInExactCase => true;

    public override NumberExpression? Read(Document document, int t, int limit)
    {
        if (document.Tokens[t].Kind != TokenKind.Word) return null;
        var token = document.FoldedToken(t);
        if (!char.IsAsciiLetterUpper(token[0]) || lexicons.CurrencyWords.JoinedTo(token) is not { } code) return null;
        var amount = token[code.Length..];
        int i = DigitsReader.DigitRun(amount);
        var digits = amount[..i];
        if (!TryParse(digits, out double value)) return null;
        var suffix = amount[i..];
        double scale = 1;
        if (suffix.Length > 0)
        {
            if (Scale(suffix) is not { } written) return null;
            scale = written;
            value = ScaledValue.Times(value, scale);
        }
        var number = Multipliers.After(lexicons, document, t, t + 1, limit, value, spelled: false, vague: false, scale: scale);
        // "N200 billion", "R67.6bn": a one-letter code only before a scale
        if (number.Scale == 1 && code.Length == 1) return null;
        bool bare = number.Scale == 1 && digits.IndexOfAny(',', '.') < 0;
        if (bare && (value < MinBareAmount || digits.Length == 4 && value is >= 1900 and <= 2100)) return null;
        return number with { Currency = code.Unit };
    }

    /// <summary>"bn", "m", "mil", "billion": a suffix or a scale word written into the token.</summary>
    private double? Scale(ReadOnlySpan<char> suffix) =>
        DigitsReader.ScaleOf(suffix) ?? (lexicons.NumberWords.TryGet(suffix, out var word) && word.Kind == NumberWordKind.Multiplier ? word.Value : null);

    /// <summary>"160,300" → 160300, "7.8" → 7.8, and "2,6" → 2.6: after a currency a comma before one or two digits is a decimal comma.</summary>
    private static bool TryParse(ReadOnlySpan<char> digits, out double value) =>
        DigitsReader.TryParseDecimalComma(digits, out value) || DigitsReader.TryParsePlain(digits, out value);
}
