namespace ClaimPipeline.Claims.Numbers;

/// <summary>The kinds of data/lexicons/number-words.tsv.</summary>
public enum NumberWordKind : byte
{
    Unit,
    Multiplier,
    Fraction,
    Group,
    Ordinal,
}
