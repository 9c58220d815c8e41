namespace ClaimPipeline.Cli.Config;

/// <summary>Options of the "write" stage: the output columns, in order.</summary>
public sealed record WriteOptions(IReadOnlyList<string> Columns);
