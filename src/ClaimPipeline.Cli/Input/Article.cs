namespace ClaimPipeline.Cli.Input;

/// <summary>One input article. Origin says where it came from ("data/a.txt", "feed.jsonl:12") for error messages.</summary>
public sealed record Article(string Id, string Text, string Origin)
{
    public string? Title { get; init; }
    public DateOnly? Published { get; init; }
    public string? Source { get; init; }
    public string? Url { get; init; }
}
