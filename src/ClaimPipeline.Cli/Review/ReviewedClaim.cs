namespace ClaimPipeline.Cli.Review;

/// <summary>A claim row as `claims verdicts` needs it: what made it and how sure it was, with the reviewer's verdict.</summary>
public sealed record ReviewedClaim(string ClaimId, string Kind, string Rule, double Confidence, bool Accepted);
