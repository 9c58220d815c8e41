namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>The second number of a range or ratio: its value, its unit and where it ends.</summary>
public readonly record struct SecondNumber(double Value, string? Unit, int End);
