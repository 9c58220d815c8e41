using ClaimPipeline.Claims.Rules;
namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// A date read over tokens [First, End): its quantity (the year, or the day), its time column and its rule; a decade has
/// no rule, as it is never a row of its own, only a time (<see cref="AssertedDates"/>).
/// </summary>
public readonly record struct DateReading(int First, int End, double Value, string Time, ClaimRule? Rule);
