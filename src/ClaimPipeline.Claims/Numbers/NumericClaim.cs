using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>A numeric claim over tokens [first, end), with its rule's prior: a quantity without a unit is less sure to be one.</summary>
public static class NumericClaim
{
    public static Claim Create(Document document, int first, int end, ClaimRule rule, double value, string? unit) => new()
    {
        Kind = ClaimKind.Numeric,
        Start = document.Tokens[first].Start,
        End = document.Tokens[end - 1].End,
        Rule = rule,
        Quantity = value,
        Unit = unit,
        Confidence = rule.Prior.ForNumber(hasUnit: unit is not null), // the unit as read; one carried later does not raise it
    };
}
