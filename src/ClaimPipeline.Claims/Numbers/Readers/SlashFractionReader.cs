using System.Globalization;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// "1/3 of the cake", "more than 1/2 of the people": a fraction in digits, a smaller whole number over a larger one
/// with no space around the slash, and only before "of"; elsewhere "1/3" may be a date, "24/7" or "3/1" odds, and the
/// clock filter leaves them out.
/// </summary>
public sealed class SlashFractionReader : ValueReader
{
    /// <summary>The largest denominator read ("1/100 of"): larger ones are codes or dates more often than parts.</summary>
    private const int MaxDenominator = 100;

    public override string OpeningCharacters => "0123456789";

    public override NumberExpression? Read(Document document, int t, int limit)
    {
        if (t + 3 >= limit || document.FoldedToken(t + 1) is not "/" || document.FoldedToken(t + 3) is not "of"
            || document.Tokens[t + 1].Start != document.Tokens[t].End || document.Tokens[t + 2].Start != document.Tokens[t + 1].End
            || !TryWhole(document, t, out int numerator) || !TryWhole(document, t + 2, out int denominator)
            || numerator < 1 || numerator >= denominator || denominator > MaxDenominator)
            return null;
        return new NumberExpression(t, t + 3, (double)numerator / denominator, false, false, true, null);
    }

    private static bool TryWhole(Document document, int t, out int value)
    {
        value = 0;
        return document.Tokens[t].Kind == TokenKind.Number && int.TryParse(document.FoldedToken(t), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
