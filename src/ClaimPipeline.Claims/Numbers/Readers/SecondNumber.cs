namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// The second number of a range or ratio: its value, its unit, where it ends, and the scale that multiplied it last
/// (<see cref="NumberExpression.Scale"/>: 1000 for "2 thousand").
/// </summary>
public readonly record struct SecondNumber(double Value, string? Unit, int End, double Scale = 1);
