using ClaimPipeline.Claims.Evaluation;

namespace ClaimPipeline.Cli.Evaluation;

/// <summary>One PolNeAR article: its text, publication date and the first annotator's attributions.</summary>
public sealed record PolnearArticle(string Id, string Text, DateOnly? Published, IReadOnlyList<GoldAttribution> Attributions);
