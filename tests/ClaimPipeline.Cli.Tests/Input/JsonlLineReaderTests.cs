using System.Text;
using ClaimPipeline.Cli.Input;

namespace ClaimPipeline.Cli.Tests.Input;

public sealed class JsonlLineReaderTests
{
    /// <summary>A stream that hands out at most a few bytes per read, as pipes do.</summary>
    private sealed class TrickleStream(byte[] bytes, int step) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, step));
    }

    private static List<(int Number, string? Text, long Length, bool TooLong)> Lines(string text, long max, int step = 1 << 20) =>
        JsonlLineReader.Read(new TrickleStream(Encoding.UTF8.GetBytes(text), step), max)
            .Select(l => (l.Number, l.TooLong ? null : Encoding.UTF8.GetString(l.Bytes.Span), l.Length, l.TooLong)).ToList();

    [Theory]
    [InlineData(1 << 20)]
    [InlineData(3)]
    public void Read_SplitsLines_DropsTheBom_KeepsALastLineWithoutNewline(int step)
    {
        var lines = Lines("\uFEFF{\"a\":1}\r\n\n{\"b\":2}", 100, step);
        Assert.Equal([(1, "{\"a\":1}\r", 8L, false), (2, "", 0L, false), (3, "{\"b\":2}", 7L, false)], lines);
    }

    [Theory]
    [InlineData(1 << 20)]
    [InlineData(7)]
    public void Read_LineOverTheLimit_IsReportedByLength_AndTheNextLineIsRead(int step)
    {
        var big = new string('x', 70_000);
        var lines = Lines($"short\n{big}\nafter\n{big}", 1000, step);
        Assert.Equal([(1, "short", 5L, false), (2, null, 70_000L, true), (3, "after", 5L, false), (4, null, 70_000L, true)], lines);
    }
}
