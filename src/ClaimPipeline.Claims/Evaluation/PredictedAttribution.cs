namespace ClaimPipeline.Claims.Evaluation;

/// <summary>
/// One quote or indirect claim as the pipeline wrote it: its text range, whether it is a direct quote (a quote
/// row, or reported speech holding quotation marks), the
/// speaker mention's range (null when the claim has none) and the resolved speaker (null when unknown).
/// </summary>
public sealed record PredictedAttribution(TextRange Claim, bool Direct, TextRange? Mention, string? Speaker);
