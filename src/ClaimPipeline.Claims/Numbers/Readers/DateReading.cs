using ClaimPipeline.Claims.Rules;
namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>A date row read over tokens [First, End): its quantity (the year, or the day), its time column and its rule.</summary>
public readonly record struct DateReading(int First, int End, double Value, string Time, ClaimRule Rule);
