namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// A number as read from tokens [First, End): its value (negative only after a minus sign or "minus"), whether it was
/// spelled, vague ("thousands") or a fraction ("a third"), and the unit written into the same token ("47-year-old" →
/// "year-old", "10,000m" → "m").
/// </summary>
public readonly record struct NumberExpression(int First, int End, double Value, bool Spelled, bool Vague, bool Fraction, string? TokenUnit)
{
    public bool Negative => Value < 0;

    /// <summary>The other end when the number is itself a range: "5-10" in one token, "tens of millions"; else null.</summary>
    public double? High { get; init; }

    /// <summary>
    /// The scale word or suffix that multiplied the number last ("2 thousand", "2bn", "two million": 1000, 1e9, 1e6),
    /// else 1: a range's lower end written without it takes it ("1 to 2 thousand" is 1000 to 2000).
    /// </summary>
    public double Scale { get; init; } = 1;

    /// <summary>A currency code written into the number's token ("RM7.8", "USD160,300"): its unit, as a sign before it would be.</summary>
    public string? Currency { get; init; }

    /// <summary>A plus sign stood before the number ("+0.8%"): the sign of a rise, as a minus sign is of a fall.</summary>
    public bool Plus { get; init; }
}
