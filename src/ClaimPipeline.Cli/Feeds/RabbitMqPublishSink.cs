using RabbitMQ.Client;

namespace ClaimPipeline.Cli.Feeds;

/// <summary>
/// Publishes each article's records as one persistent message to a durable queue, waiting for the broker's publisher
/// confirmation before returning, so that the article is acknowledged only once its claims are safe. A redelivered
/// article is published again: downstream removes duplicates by claim_id.
/// </summary>
public sealed class RabbitMqPublishSink : IClaimSink
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _queue;

    private RabbitMqPublishSink(IConnection connection, IChannel channel, string queue)
    {
        _connection = connection;
        _channel = channel;
        _queue = queue;
    }

    public static async Task<RabbitMqPublishSink> OpenAsync(Uri uri, string queue, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = uri, ClientProvidedName = "claims consume (publish)" };
        var connection = await factory.CreateConnectionAsync(cancellationToken);
        var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        return new RabbitMqPublishSink(connection, channel, queue);
    }

    public async Task WriteAsync(string articleId, ReadOnlyMemory<byte> records, CancellationToken cancellationToken)
    {
        var properties = new BasicProperties { Persistent = true, ContentType = "application/x-ndjson", MessageId = articleId };
        // With confirmations tracked, this returns once the broker confirmed the message, and throws if it refused it.
        await _channel.BasicPublishAsync("", _queue, mandatory: true, properties, records, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.CloseAsync();
        await _connection.CloseAsync();
        _channel.Dispose();
        _connection.Dispose();
    }
}
