using ClaimPipeline.Cli.Input;

namespace ClaimPipeline.Cli.Tests.Input;

public sealed class LimitedReadTests
{
    /// <summary>A stream that hands out at most a few bytes per read, as pipes do.</summary>
    private sealed class TrickleStream(byte[] bytes, int step) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, step));
    }

    [Theory]
    [InlineData(10, 10, 7, true)]
    [InlineData(7, 10, 7, true)]
    [InlineData(10, 10, 1, true)]
    [InlineData(11, 10, 1, false)]
    [InlineData(1000, 10, 7, false)]
    [InlineData(200_000, 200_000, 70_000, true)] // grows its buffer past the first 64 KiB
    [InlineData(200_001, 200_000, 70_000, false)]
    public void TryReadToEnd_AcceptsExactlyTheLimit(int total, int limit, int step, bool accepted)
    {
        var prefix = new byte[] { 1, 2, 3 };
        var rest = Enumerable.Range(0, total - prefix.Length).Select(i => (byte)i).ToArray();
        var stream = new TrickleStream(rest, step);
        Assert.Equal(accepted, LimitedRead.TryReadToEnd(stream, prefix, limit, out var bytes));
        if (accepted) Assert.Equal([.. prefix, .. rest], bytes.ToArray());
        else Assert.True(prefix.Length + stream.Position <= limit + 1, $"read {stream.Position} bytes after the prefix, past a limit of {limit}");
    }

    [Fact]
    public void TryReadToEnd_APrefixOverTheLimit_IsRefusedWithoutReading()
    {
        var stream = new MemoryStream(new byte[10]);
        Assert.False(LimitedRead.TryReadToEnd(stream, new byte[4096], 200, out _));
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void TryReadToEnd_ASizeHintThatLies_IsNotTrusted()
    {
        var stream = new MemoryStream(new byte[300]);
        Assert.False(LimitedRead.TryReadToEnd(stream, default, 200, out _, sizeHint: 10));
        Assert.True(LimitedRead.TryReadToEnd(new MemoryStream(new byte[150]), default, 200, out var bytes, sizeHint: 10_000));
        Assert.Equal(150, bytes.Count);
    }
}
