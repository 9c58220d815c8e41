using System.Threading.Channels;

namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// Maps a lazy sequence on several threads and yields the results in input order. One thread reads the source,
/// <c>threads</c> workers map, the caller's thread consumes; at most <c>capacity</c> items are in flight, so
/// memory stays flat however long the source is, and a slow consumer slows the reader instead of piling up results.
/// With one thread it maps on the caller's thread, item by item.
/// </summary>
public static class OrderedParallel
{
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int threads, int capacity,
        CancellationToken cancellationToken)
    {
        if (threads <= 1)
        {
            foreach (var item in source)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return map(item);
            }
            yield break;
        }

        // In input order: the slots the consumer waits on. Bounded: the reader blocks when the consumer lags.
        var ordered = Channel.CreateBounded<Slot<TIn, TOut>>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        var work = Channel.CreateUnbounded<Slot<TIn, TOut>>(new UnboundedChannelOptions { SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        // Dedicated threads, not pool tasks: with every core busy mapping, a pool-scheduled reader would wait
        // for a free pool thread and leave the workers without input.
        var reader = new Thread(() =>
        {
            try
            {
                foreach (var item in source)
                {
                    var slot = new Slot<TIn, TOut>(item);
                    ordered.Writer.WriteAsync(slot, stop.Token).AsTask().GetAwaiter().GetResult();
                    work.Writer.TryWrite(slot);
                }
                ordered.Writer.TryComplete();
            }
            catch (Exception e)
            {
                ordered.Writer.TryComplete(e);
            }
            finally
            {
                work.Writer.TryComplete();
            }
        }) { IsBackground = true, Name = "claims reader" };
        var workers = Enumerable.Range(0, threads).Select(i => new Thread(() =>
        {
            try
            {
                while (work.Reader.WaitToReadAsync(stop.Token).AsTask().GetAwaiter().GetResult())
                {
                    while (work.Reader.TryRead(out var slot))
                    {
                        try
                        {
                            slot.Result.TrySetResult(map(slot.Input));
                        }
                        catch (Exception e)
                        {
                            slot.Result.TrySetException(e);
                        }
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
        }) { IsBackground = true, Name = $"claims worker {i + 1}" }).ToArray();
        reader.Start();
        foreach (var worker in workers) worker.Start();

        try
        {
            while (true)
            {
                if (!ordered.Reader.WaitToReadAsync(stop.Token).AsTask().GetAwaiter().GetResult()) break;
                while (ordered.Reader.TryRead(out var slot))
                    yield return slot.Result.Task.WaitAsync(stop.Token).GetAwaiter().GetResult();
            }
        }
        finally
        {
            // Leaving early (an error, cancellation, or a consumer that stops) stops the reader and the workers.
            stop.Cancel();
            reader.Join(TimeSpan.FromSeconds(2)); // a reader blocked on stdin must not hold up the exit
            foreach (var worker in workers) worker.Join();
        }
    }

    private sealed class Slot<TIn, TOut>(TIn input)
    {
        public TIn Input { get; } = input;
        public TaskCompletionSource<TOut> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
