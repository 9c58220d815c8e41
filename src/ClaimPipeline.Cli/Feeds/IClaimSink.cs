namespace ClaimPipeline.Cli.Feeds;

/// <summary>Where a consumed article's claims go; <see cref="WriteAsync"/> returns only once they are safely stored or confirmed.</summary>
public interface IClaimSink : IAsyncDisposable
{
    /// <summary>Stores one article's JSONL records (possibly none, or one error record).</summary>
    Task WriteAsync(string articleId, ReadOnlyMemory<byte> records, CancellationToken cancellationToken);
}
