namespace ClaimPipeline.Cli.Feeds;

/// <summary>
/// A queue of articles, one JSONL article a message, delivered at least once: the consumer calls the handler for each
/// message and acknowledges it only after the handler returned, so a message in flight when the process dies is
/// delivered again. RabbitMQ implements it (<see cref="RabbitMqFeed"/>); a Kafka consumer, committing an offset after
/// the handler, can implement it the same way.
/// </summary>
public interface IArticleFeed : IAsyncDisposable
{
    /// <summary>Delivers messages to <paramref name="handle"/> until cancelled, or until none came for <paramref name="idle"/> (when set).</summary>
    Task RunAsync(Func<FeedMessage, CancellationToken, Task> handle, TimeSpan? idle, CancellationToken cancellationToken);
}
