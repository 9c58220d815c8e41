using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>A numeric claim over tokens [first, end): a quantity without a unit is less sure to be one.</summary>
public static class NumericClaim
{
    public static Claim Create(Document document, int first, int end, string rule, double value, string? unit) => new()
    {
        Kind = ClaimKind.Numeric,
        Start = document.Tokens[first].Start,
        End = document.Tokens[end - 1].End,
        Rule = rule,
        Quantity = value,
        Unit = unit,
        Confidence = unit is null ? 0.5 : 0.8,
    };
}
