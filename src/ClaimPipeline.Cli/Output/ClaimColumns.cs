namespace ClaimPipeline.Cli.Output;

/// <summary>The output columns in their contract order (README, "Output"); columns after "confidence" may grow.</summary>
public static class ClaimColumns
{
    public static readonly IReadOnlyList<string> All =
    [
        "article_id", "claim_id", "kind", "claim", "speaker", "speaker_mention", "speaker_role", "cue",
        "quantity", "unit", "qualifier", "change", "subject", "predicate", "time", "place", "sentence",
        "start", "end", "speaker_start", "speaker_end", "confidence", "rule", "quantity_high",
    ];
}
