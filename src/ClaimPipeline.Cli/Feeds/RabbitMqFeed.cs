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
    private readonly RabbitMqChannel _broker;
    private readonly string _queue;

    private RabbitMqFeed(RabbitMqChannel broker, string queue)
    {
        _broker = broker;
        _queue = queue;
    }

    private IChannel Channel => _broker.Channel;

    public static async Task<RabbitMqFeed> OpenAsync(Uri uri, string queue, ushort prefetch, CancellationToken cancellationToken)
    {
        var broker = await RabbitMqChannel.OpenAsync(uri, "claims consume", queue, null, cancellationToken);
        await broker.Channel.BasicQosAsync(0, prefetch, global: false, cancellationToken);
        return new RabbitMqFeed(broker, queue);
    }

    public async Task RunAsync(Func<FeedMessage, CancellationToken, Task> handle, TimeSpan? idle, CancellationToken cancellationToken)
    {
        var lastMessage = DateTime.UtcNow;
        var failure = new TaskCompletionSource();
        var consumer = new AsyncEventingBasicConsumer(Channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            lastMessage = DateTime.UtcNow;
            try
            {
                await handle(new FeedMessage(delivery.Body.ToArray(), $"{_queue}#{delivery.DeliveryTag}"), cancellationToken);
                await Channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Stopping: the message stays unacknowledged and is delivered again to another consumer.
            }
            catch (Exception e)
            {
                try
                {
                    await Channel.BasicRejectAsync(delivery.DeliveryTag, requeue: !delivery.Redelivered, CancellationToken.None);
                }
                catch (Exception)
                {
                    failure.TrySetException(e);
                }
            }
            lastMessage = DateTime.UtcNow;
        };
        await Channel.BasicConsumeAsync(_queue, autoAck: false, consumer, cancellationToken);
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

    public ValueTask DisposeAsync() => _broker.DisposeAsync();
}
