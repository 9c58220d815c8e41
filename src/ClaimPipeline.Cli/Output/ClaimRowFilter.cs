namespace ClaimPipeline.Cli.Output;

/// <summary>
/// `--kind` and `--min-confidence`: keeps the rows of the given kinds (all when null) whose confidence, as written
/// (rounded to three decimals), is at least the minimum.
/// </summary>
public sealed class ClaimRowFilter(IReadOnlySet<string>? kinds, double? minConfidence)
{
    public bool IsEmpty => kinds is null && minConfidence is null;

    public List<ClaimRow> Apply(List<ClaimRow> rows)
    {
        if (IsEmpty) return rows;
        var kept = new List<ClaimRow>(rows.Count);
        foreach (var row in rows)
            if (Keeps(row)) kept.Add(row);
        return kept;
    }

    public bool Keeps(ClaimRow row) =>
        (kinds is null || kinds.Contains(row.Kind)) && (minConfidence is not { } min || Math.Round(row.Confidence, 3) >= min);
}
