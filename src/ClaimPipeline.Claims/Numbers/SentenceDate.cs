namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// A date of the current sentence over tokens [First, End) that is no row, only a time (<see cref="AssertedDates"/>),
/// and whether it dated a claim of its own clause.
/// </summary>
public readonly record struct SentenceDate(int First, int End, string Time, bool Dated = false);
