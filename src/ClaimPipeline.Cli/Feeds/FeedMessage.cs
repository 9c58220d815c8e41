namespace ClaimPipeline.Cli.Feeds;

/// <summary>One message of a feed: its body (one JSONL article) and the feed's own id for it, for error messages.</summary>
public sealed record FeedMessage(ReadOnlyMemory<byte> Body, string Id);
