using RabbitMQ.Client;

namespace ClaimPipeline.Cli.Feeds;

/// <summary>A connection to the broker with one channel on it and a durable queue declared, closed together.</summary>
public sealed class RabbitMqChannel : IAsyncDisposable
{
    private readonly IConnection _connection;

    private RabbitMqChannel(IConnection connection, IChannel channel)
    {
        _connection = connection;
        Channel = channel;
    }

    public IChannel Channel { get; }

    public static async Task<RabbitMqChannel> OpenAsync(Uri uri, string name, string queue, CreateChannelOptions? options,
        CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = uri, ClientProvidedName = name };
        var connection = await factory.CreateConnectionAsync(cancellationToken);
        var channel = await connection.CreateChannelAsync(options, cancellationToken);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        return new RabbitMqChannel(connection, channel);
    }

    public async ValueTask DisposeAsync()
    {
        await Channel.CloseAsync();
        await _connection.CloseAsync();
        Channel.Dispose();
        _connection.Dispose();
    }
}
