namespace ClaimPipeline.Claims.Numbers;

/// <summary>The kinds of data/lexicons/unit-kinds.tsv: units that measure rather than count.</summary>
public enum UnitKind : byte
{
    Time,
    Date,
    Share,
    Points,
    Money,
}
