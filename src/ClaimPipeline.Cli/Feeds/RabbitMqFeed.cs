using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace ClaimPipeline.Cli.Feeds;

/// <summary>
/// A RabbitMQ queue as an <see cref="IArticleFeed"/>: a durable queue, a small prefetch (so a dead consumer holds few
/// messages), manual acknowledgement after the handler returns. A message whose handler fails is rejected and
/// requeued once; if it fails again it is dropped, so one poison message cannot loop forever.
/// </summary>
public sealed class RabbitMqFeed : IArticleFeed
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _queue;

    private RabbitMqFeed(IConnection connection, IChannel channel, string queue)
    {
        _connection = connection;
        _channel = channel;
        _queue = queue;
    }

    public static async Task<RabbitMqFeed> OpenAsync(Uri uri, string queue, ushort prefetch, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = uri, ClientProvidedName = "claims consume" };
        var connection = await factory.CreateConnectionAsync(cancellationToken);
        var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        await channel.BasicQosAsync(0, prefetch, global: false, cancellationToken);
        return new RabbitMqFeed(connection, channel, queue);
    }

    public async Task RunAsync(Func<FeedMessage, CancellationToken, Task> handle, TimeSpan? idle, CancellationToken cancellationToken)
    {
        var lastMessage = DateTime.UtcNow;
        var failure = new TaskCompletionSource();
        var consumer = new AsyncEventingBasicConsumer(_channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            lastMessage = DateTime.UtcNow;
            try
            {
                await handle(new FeedMessage(delivery.Body.ToArray(), $"{_queue}#{delivery.DeliveryTag}"), cancellationToken);
                await _channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Stopping: the message stays unacknowledged and is delivered again to another consumer.
            }
            catch (Exception e)
            {
                try
                {
                    await _channel.BasicRejectAsync(delivery.DeliveryTag, requeue: !delivery.Redelivered, CancellationToken.None);
                }
                catch (Exception)
                {
                    failure.TrySetException(e);
                }
            }
            lastMessage = DateTime.UtcNow;
        };
        await _channel.BasicConsumeAsync(_queue, autoAck: false, consumer, cancellationToken);
        while (!cancellationToken.IsCancellationRequested && !failure.Task.IsCompleted)
        {
            if (idle is { } limit && DateTime.UtcNow - lastMessage > limit) break;
            try
            {
                await Task.Delay(200, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        if (failure.Task.IsFaulted) await failure.Task;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.CloseAsync();
        await _connection.CloseAsync();
        _channel.Dispose();
        _connection.Dispose();
    }
}
