using ClaimPipeline.Cli.Commands;

namespace ClaimPipeline.Cli.Tests.Commands;

public sealed class OrderedParallelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Map_YieldsInInputOrder_WhateverOrderWorkersFinish(int threads)
    {
        var results = OrderedParallel.Map(Enumerable.Range(0, 200), i =>
        {
            Thread.SpinWait((200 - i) * 50 + (i % 7) * 5000); // early items take longest
            return i * 2;
        }, threads, capacity: 8, CancellationToken.None).ToList();
        Assert.Equal(Enumerable.Range(0, 200).Select(i => i * 2), results);
    }

    [Fact]
    public void Map_SourceError_SurfacesAfterTheItemsBeforeIt()
    {
        static IEnumerable<int> Source()
        {
            for (int i = 0; i < 5; i++) yield return i;
            throw new IOException("disk gone");
        }
        var seen = new List<int>();
        var error = Assert.Throws<IOException>(() =>
        {
            foreach (var x in OrderedParallel.Map(Source(), i => i, threads: 2, capacity: 4, CancellationToken.None)) seen.Add(x);
        });
        Assert.Equal("disk gone", error.Message);
        Assert.Equal([0, 1, 2, 3, 4], seen);
    }

    [Fact]
    public void Map_StoppingEarly_ReadsOnlyAFewItemsAhead()
    {
        int read = 0;
        IEnumerable<int> Source()
        {
            for (int i = 0; i < 1_000_000; i++)
            {
                Interlocked.Increment(ref read);
                yield return i;
            }
        }
        var first = OrderedParallel.Map(Source(), i => i, threads: 2, capacity: 4, CancellationToken.None).Take(3).ToList();
        Assert.Equal([0, 1, 2], first);
        Assert.True(Volatile.Read(ref read) < 100, $"read {read} items for 3 results");
    }
}
