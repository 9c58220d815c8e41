using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>Multiplier words after a number scale it: "1.5 million", "a hundred thousand", "several hundred million".</summary>
public static class Multipliers
{
    /// <summary>
    /// The number over tokens [first, end) worth <paramref name="value"/>, extended over the multiplier words after
    /// it; a unit written into the number's token ("10,000m") ends it.
    /// </summary>
    public static NumberExpression After(NumberLexicons lexicons, Document document, int first, int end, int limit, double value,
        bool spelled, bool vague, bool fraction = false, string? tokenUnit = null, double scale = 1)
    {
        while (tokenUnit is null && end < limit && lexicons.WordAt(document, end) is { Kind: NumberWordKind.Multiplier } word)
        {
            value = ScaledValue.Times(value, word.Value);
            scale *= word.Value;
            end++;
        }
        return new NumberExpression(first, end, value, spelled, vague, fraction, tokenUnit) { Scale = scale };
    }
}
