using RabbitMQ.Client;

namespace ClaimPipeline.Cli.Feeds;

/// <summary>
/// Publishes each article's records as one persistent message to a durable queue, waiting for the broker's publisher
/// confirmation before returning, so that the article is acknowledged only once its claims are safe. A redelivered
/// article is published again: downstream removes duplicates by claim_id.
/// </summary>
public sealed class RabbitMqPublishSink : IClaimSink
{
    private readonly RabbitMqChannel _broker;
    private readonly string _queue;

    private RabbitMqPublishSink(RabbitMqChannel broker, string queue)
    {
        _broker = broker;
        _queue = queue;
    }

    public static async Task<RabbitMqPublishSink> OpenAsync(Uri uri, string queue, CancellationToken cancellationToken) =>
        new(await RabbitMqChannel.OpenAsync(uri, "claims consume (publish)", queue,
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken), queue);

    public async Task WriteAsync(string articleId, ReadOnlyMemory<byte> records, CancellationToken cancellationToken)
    {
        var properties = new BasicProperties { Persistent = true, ContentType = "application/x-ndjson", MessageId = articleId };
        // With confirmations tracked, this returns once the broker confirmed the message, and throws if it refused it.
        await _broker.Channel.BasicPublishAsync("", _queue, mandatory: true, properties, records, cancellationToken);
    }

    public ValueTask DisposeAsync() => _broker.DisposeAsync();
}
