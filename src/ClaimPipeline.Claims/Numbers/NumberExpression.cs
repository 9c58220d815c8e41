namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// A number as read from tokens [First, End): its value (negative only after a minus sign or "minus"), whether it was
/// spelled, vague ("thousands") or a fraction ("a third"), and the unit written into the same token ("47-year-old" →
/// "year-old", "10,000m" → "m").
/// </summary>
public readonly record struct NumberExpression(int First, int End, double Value, bool Spelled, bool Vague, bool Fraction, string? TokenUnit)
{
    public bool Negative => Value < 0;

    /// <summary>A plus sign stood before the number ("+0.8%"): the sign of a rise, as a minus sign is of a fall.</summary>
    public bool Plus { get; init; }
}
