using ClaimPipeline.Cli.Feeds;
using ClaimPipeline.Cli.Input;
using ClaimPipeline.Cli.Output;
using ClaimPipeline.Nlp.Text;
using RabbitMQ.Client.Exceptions;

namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// `claims consume --rabbitmq URI --queue Q (--out DIR | --publish Q2)`: takes articles (one JSONL article a message)
/// from a queue, extracts their claims, stores them (a file per article, or a message per article with publisher
/// confirms) and only then acknowledges the article: at-least-once, with duplicates removable by claim_id
/// (docs/scale-out.md). A bad article becomes an error record, as with extract --errors inline.
/// </summary>
public static class ConsumeCommand
{
    public sealed record Settings(Uri Broker, string Queue, string? OutputFolder, string? PublishQueue, ushort Prefetch, TimeSpan? Idle, string? ConfigPath);

    public static int Run(Settings settings, CliConsole console, CancellationToken cancellationToken) =>
        RunAsync(settings, console, cancellationToken).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(Settings settings, CliConsole console, CancellationToken cancellationToken)
    {
        if (ConfigForCommand.TryLoad(settings.ConfigPath, loadModels: true, console) is not { } config) return ExitCodes.Usage;
        if (settings.OutputFolder is { } folder && !Directory.Exists(folder))
        {
            console.Error.WriteLine(File.Exists(folder) ? $"claims: error: {folder}: is a file; --out takes a folder" : $"claims: error: {folder}: no such folder");
            return ExitCodes.Usage;
        }
        var broker = Redacted(settings.Broker);
        IArticleFeed feed;
        IClaimSink sink;
        try
        {
            feed = await RabbitMqFeed.OpenAsync(settings.Broker, settings.Queue, settings.Prefetch, cancellationToken);
            sink = settings.PublishQueue is { } publish
                ? await RabbitMqPublishSink.OpenAsync(settings.Broker, publish, cancellationToken)
                : new FolderSink(settings.OutputFolder!);
        }
        catch (Exception e) when (e is BrokerUnreachableException or OperationInterruptedException or IOException)
        {
            console.Error.WriteLine($"claims: error: {broker}: cannot reach the broker: {e.Message}");
            return ExitCodes.InputFailed;
        }
        int articles = 0, failed = 0;
        await using (feed)
        await using (sink)
        {
            await feed.RunAsync(async (message, token) =>
            {
                var (id, records, error) = Extract(message, config);
                if (error is not null)
                {
                    console.Error.WriteLine($"claims: error: {error}");
                    Interlocked.Increment(ref failed);
                }
                await sink.WriteAsync(id, records, token);
                Interlocked.Increment(ref articles);
            }, settings.Idle, cancellationToken);
        }
        console.Error.WriteLine($"claims: consumed {articles} articles from {settings.Queue} ({failed} written as error records)");
        return ExitCodes.Success;
    }

    /// <summary>One message's JSONL records: its claims, or one error record naming the message.</summary>
    public static (string Id, byte[] Records, string? Error) Extract(FeedMessage message, Config.PipelineConfig config)
    {
        // The same bound as extract's reader: an oversized message is an error record, not hours of work.
        long limit = config.Read.MaxArticleBytes;
        var item = message.Body.Length > limit
            ? InputItem.Fail($"{message.Id}: article is {message.Body.Length} bytes, over the limit of {limit} (read.maxArticleBytes); skipped")
            : JsonlArticleParser.Parse(message.Id, message.Id, message.Body, null);
        using var buffer = new MemoryStream();
        string id = message.Id;
        string? error = null;
        // The writer flushes each record, so the buffer is whole once a record is written.
        using (var writer = new JsonlClaimWriter(buffer, config.Write.Columns))
        {
            if (item is not { Article: { } article })
            {
                error = item?.Error ?? $"{message.Id}: empty message";
                writer.WriteError(null, error);
            }
            else
            {
                id = article.Id;
                var document = new Document(article.Id, article.Text) { Published = article.Published };
                try
                {
                    config.Pipeline.Process(document, CancellationToken.None);
                    writer.Write(ClaimRowBuilder.Build(document, article));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    error = $"{message.Id}: the pipeline failed on article {article.Id}: {e.GetType().Name}: {e.Message}";
                    writer.WriteError(article.Id, error);
                }
            }
        }
        return (id, buffer.ToArray(), error);
    }

    /// <summary>The broker's address without its password, for messages.</summary>
    private static string Redacted(Uri uri) => new UriBuilder(uri) { Password = uri.UserInfo.Contains(':') ? "***" : "" }.Uri.ToString();
}
