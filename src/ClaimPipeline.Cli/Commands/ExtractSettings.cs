namespace ClaimPipeline.Cli.Commands;

/// <summary>What `claims extract` was asked to do.</summary>
public sealed record ExtractSettings(
    IReadOnlyList<string> Paths, string? Output, string Format, DateOnly? Published, string? ConfigPath, int Threads = 1);
