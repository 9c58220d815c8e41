namespace ClaimPipeline.Claims.Numbers;

/// <summary>A data/lexicons/time-words.tsv entry: kind is weekday, month, relative or season; value its number.</summary>
public readonly record struct TimeWord(string Kind, int Value);
