namespace ClaimPipeline.Cli.Output;

/// <summary>
/// The output columns in their contract order (README, "Output"): the first twenty-two are a contract, later ones
/// may grow. Also the `--columns` presets and their parsing.
/// </summary>
public static class ClaimColumns
{
    public static readonly IReadOnlyList<string> All =
    [
        "article_id", "claim_id", "kind", "claim", "speaker", "speaker_mention", "speaker_role", "cue",
        "quantity", "unit", "qualifier", "change", "subject", "predicate", "time", "place", "sentence",
        "start", "end", "speaker_start", "speaker_end", "confidence", "rule", "quantity_high",
        "dimension", "title", "url", "published", "source", "cluster_id", "cluster_size",
        "cue_start", "cue_end",
    ];

    /// <summary>The columns --corroborate fills, added to the chosen ones when they are not among them.</summary>
    public static readonly IReadOnlyList<string> Corroboration = ["cluster_id", "cluster_size"];

    /// <summary>`--columns review`: what a reviewer reads first, then what locates and explains the row.</summary>
    public static readonly IReadOnlyList<string> Review =
    [
        "article_id", "kind", "speaker", "claim", "sentence", "confidence",
        "title", "url", "published", "source", "speaker_role", "cue",
        "quantity", "quantity_high", "unit", "dimension", "change", "time", "place", "rule", "claim_id",
    ];

    public static ColumnKind KindOf(string column) => column switch
    {
        "article_id" or "claim_id" or "cluster_id" => ColumnKind.Id,
        "kind" or "change" => ColumnKind.Code,
        "claim" or "title" => ColumnKind.Text,
        "sentence" => ColumnKind.Evidence,
        "url" => ColumnKind.Link,
        "published" => ColumnKind.Date,
        "quantity" or "quantity_high" or "start" or "end" or "speaker_start" or "speaker_end" or "confidence" or "cluster_size"
            or "cue_start" or "cue_end" => ColumnKind.Number,
        _ => ColumnKind.Name,
    };

    /// <summary>
    /// A `--columns` value: "review", or column names separated by commas. Null with <paramref name="error"/> set
    /// when a name is unknown or repeated.
    /// </summary>
    public static IReadOnlyList<string>? Parse(string list, out string? error)
    {
        error = null;
        if (list.Trim() == "review") return Review;
        var columns = new List<string>();
        foreach (var part in list.Split(',', StringSplitOptions.TrimEntries))
        {
            if (part == "review")
            {
                error = "--columns: review is a preset and stands alone; to add columns to it, list its columns: " + string.Join(",", Review);
                return null;
            }
            if (!All.Contains(part))
            {
                error = $"--columns: unknown column '{part}' (known: {string.Join(", ", All)}; or review alone)";
                return null;
            }
            if (columns.Contains(part))
            {
                error = $"--columns: '{part}' is named twice";
                return null;
            }
            columns.Add(part);
        }
        return columns;
    }
}
