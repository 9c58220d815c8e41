using ClaimPipeline.Claims.Speakers;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// Calibrated confidence of numeric claims (data/models/number-confidence.tsv, written by `claims train
/// number-confidence` on numbers-dev's dev half): per rule and whether the quantity has a unit, the share of such
/// quantities whose value matched a gold one. A claim whose key the table lacks keeps its rule's prior.
/// </summary>
public static class NumberConfidence
{
    /// <summary>"number.quantity|unit" or "number.quantity|nounit": the evidence a numeric claim rests on.</summary>
    public static string Key(Claim claim) => claim.Rule.Name + (claim.Unit is null ? "|nounit" : "|unit");

    public static void Apply(ConfidenceTable table, Claim claim)
    {
        if (table.TryGet(Key(claim), out double value) || table.TryGet(claim.Rule.Name, out value)) claim.Confidence = value;
    }
}
