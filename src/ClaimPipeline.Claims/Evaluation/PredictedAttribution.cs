namespace ClaimPipeline.Claims.Evaluation;

/// <summary>
/// One quote or indirect claim as the pipeline wrote it: its text range, whether it is a direct quote (a quote
/// row, or reported speech holding quotation marks), the
/// speaker mention's range (null when the claim has none), the resolved speaker (null when unknown) and the rule that made it.
/// </summary>
public sealed record PredictedAttribution(TextRange Claim, bool Direct, TextRange? Mention, string? Speaker, string Rule = "",
    string? MentionText = null, double Confidence = 0);
