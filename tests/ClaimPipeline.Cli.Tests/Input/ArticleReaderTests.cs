using System.Text;
using ClaimPipeline.Cli.Input;

namespace ClaimPipeline.Cli.Tests.Input;

/// <summary>Whatever the input, reading never throws or hangs: each bad input is one error naming it, the rest is read.</summary>
public sealed class ArticleReaderTests
{
    private const string Good = "{\"id\": \"good\", \"text\": \"More than 20,000 people left.\"}";

    private static List<InputItem> Read(long maxBytes, Func<Stream> stdin, params string[] paths) =>
        new ArticleReader(maxBytes, null, stdin).Read(paths).ToList();

    private static List<InputItem> Read(params string[] paths) => Read(5_000_000, () => Stream.Null, paths);

    private static List<InputItem> ReadJsonl(string text)
    {
        using var folder = new TempFolder();
        return Read(folder.File("feed.jsonl", text));
    }

    /// <summary>A guard, not a timing: the old reader opened a FIFO in a folder and waited for a writer for ever.</summary>
    private static Task<List<InputItem>> WithoutHanging(Func<List<InputItem>> read) => Task.Run(read).WaitAsync(TimeSpan.FromMinutes(2));

    private static string Errors(IEnumerable<InputItem> items) => string.Join("\n", items.Select(i => i.Error).OfType<string>());

    private static string Warnings(IEnumerable<InputItem> items) => string.Join("\n", items.Select(i => i.Warning).OfType<string>());

    private static List<string> Ids(IEnumerable<InputItem> items) => items.Select(i => i.Article?.Id).OfType<string>().ToList();

    [Theory]
    [InlineData("text", "\\ud800")]
    [InlineData("text", "\\uDC00")]
    [InlineData("id", "\\ud800")]
    public void LoneSurrogateEscape_InTextOrId_IsThatLinesError(string field, string escape)
    {
        var bad = field == "text" ? $"{{\"id\": \"bad\", \"text\": \"Some 300 homes {escape} burned.\"}}" : $"{{\"id\": \"a{escape}\", \"text\": \"Some 300 homes burned.\"}}";
        var items = ReadJsonl($"{bad}\n{Good}\n");
        Assert.Equal(["good"], Ids(items));
        Assert.EndsWith($"feed.jsonl:1: \"{field}\" holds an unpaired surrogate escape ({escape}), half of a UTF-16 pair and no character", Errors(items));
    }

    [Fact]
    public void LoneSurrogateEscape_InAnOptionalField_DropsTheFieldWithAWarning()
    {
        var items = ReadJsonl(
            "{\"id\": \"a\", \"title\": \"x\\udc00\", \"source\": \"pair \\ud83d\\ude00\", \"published\": \"\\ud800\", \"text\": \"Some 300 homes burned.\"}\n");
        var article = Assert.Single(items).Article!;
        Assert.Null(article.Title);
        Assert.Null(article.Published);
        Assert.Equal("pair \U0001F600", article.Source);
        Assert.Contains("feed.jsonl:1: \"title\" holds an unpaired surrogate escape (\\udc00)", Warnings(items));
        Assert.Contains("\"published\" holds an unpaired surrogate escape (\\ud800), half of a UTF-16 pair and no character; the field is dropped", Warnings(items));
    }

    /// <summary>`"published": 12` used to be dropped without a word, so relative dates silently stayed unresolved.</summary>
    [Theory]
    [InlineData("published", "12", "a number")]
    [InlineData("title", "[\"a\"]", "an array")]
    [InlineData("url", "true", "a boolean")]
    public void OptionalFieldThatIsNotAString_IsDroppedWithAWarning(string field, string json, string kind)
    {
        var items = ReadJsonl($"{{\"id\": \"a\", \"{field}\": {json}, \"text\": \"Some 300 homes burned.\"}}\n");
        Assert.NotNull(Assert.Single(items).Article);
        Assert.EndsWith($"feed.jsonl:1: \"{field}\" is {kind}, not a string; the field is dropped", Warnings(items));
    }

    [Fact]
    public void OptionalFieldThatIsNull_IsAbsent_WithoutAWarning()
    {
        var items = ReadJsonl("{\"id\": \"a\", \"published\": null, \"text\": \"Some 300 homes burned.\"}\n");
        Assert.Equal("", Warnings(items));
    }

    [Fact]
    public void RepeatedArticleId_IsReadWithAWarningNamingBothPlaces()
    {
        using var folder = new TempFolder();
        var feed = folder.File("feed.jsonl", $"{Good}\n{{\"id\": \"other\", \"text\": \"Some 300 homes burned.\"}}\n{Good}\n");
        var items = Read(feed, feed);
        Assert.Equal(["good", "other", "good", "good", "other", "good"], Ids(items));
        Assert.Equal(string.Join("\n",
            $"{feed}:3: article id 'good' was used before, by {feed}:1; rows of the two share article_id",
            $"{feed}:1: article id 'good' was used before, by {feed}:1; rows of the two share article_id",
            $"{feed}:2: article id 'other' was used before, by {feed}:2; rows of the two share article_id",
            $"{feed}:3: article id 'good' was used before, by {feed}:1; rows of the two share article_id"), Warnings(items));
    }

    [Fact]
    public void ManyRepeatedArticleIds_NameTheFirstFive_AndCountTheRest()
    {
        using var folder = new TempFolder();
        var feed = folder.File("feed.jsonl", string.Concat(Enumerable.Repeat(Good + "\n", 9)));
        var items = Read(feed);
        Assert.Equal(9, Ids(items).Count);
        var warnings = Warnings(items).Split('\n');
        Assert.Equal(6, warnings.Length);
        Assert.EndsWith("feed.jsonl:6: article id 'good' was used before, by " + feed + ":1; rows of the two share article_id", warnings[4]);
        Assert.Equal("3 more articles reused an earlier article id (8 in all)", warnings[5]);
    }

    [Fact]
    public void EmptyPathArgument_IsAnErrorNamingIt()
    {
        Assert.Equal("'' (an empty argument): no such file or directory", Errors(Read("")));
    }

    [Theory]
    [InlineData("{not json", 2, "'n' is an invalid start of a property name")]
    [InlineData("{\"text\": \"caf\u00e9 \u201cx\u201d\", }", 22, "The JSON object contains a trailing comma")] // columns count characters, not UTF-8 bytes
    [InlineData("\0\0", 1, "'0x00' is an invalid start of a value")]
    [InlineData("{\"text\": \"a\0b\"}", 12, "'0x00' is invalid within a JSON string")]
    public void NotJson_GivesTheColumnOnTheFilesLine_WithoutDotNetPositions(string line, int column, string reason)
    {
        var items = ReadJsonl($"{Good}\n{line}\n{Good}\n");
        var error = Errors(items);
        Assert.Contains($"feed.jsonl:2: not valid JSON at column {column}: {reason}", error);
        Assert.DoesNotContain("LineNumber", error);
        Assert.DoesNotContain("BytePositionInLine", error);
        Assert.DoesNotContain("Path:", error);
        Assert.Equal(["good", "good"], Ids(items));
    }

    [Fact]
    public void DeeplyNestedJson_IsACleanError()
    {
        var items = ReadJsonl($"{new string('[', 100_000)}{new string(']', 100_000)}\n{Good}\n");
        Assert.EndsWith("feed.jsonl:1: not valid JSON at column 65: The maximum configured depth of 64 has been exceeded. Cannot read next JSON array.", Errors(items));
        Assert.Equal(["good"], Ids(items));
    }

    [Fact]
    public void HugeNumberId_IsKeptAsWritten()
    {
        var digits = new string('9', 100_000);
        var items = ReadJsonl($"{{\"id\": {digits}, \"text\": \"Some 300 homes burned.\"}}\n{{\"id\": 1e999999999, \"text\": \"Some 300 homes burned.\"}}\n");
        Assert.Equal([digits, "1e999999999"], Ids(items));
    }

    [Fact]
    public void InvalidUtf8InAJsonlLine_GivesTheColumn()
    {
        using var folder = new TempFolder();
        var items = Read(folder.File("feed.jsonl", [.. "{\"text\": \"caf\u00e9 "u8, 0xC3, 0x28, .. "\"}\n"u8]));
        Assert.EndsWith("feed.jsonl:1: invalid UTF-8 at column 16", Errors(items));
    }

    [Fact]
    public async Task Folder_SkipsFifosDevicesAndSockets_WithAWarning_AndReadsTheRest()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", "Some 300 homes burned.");
        var fifo = SpecialFiles.Fifo(Path.Combine(folder.Path, "b.jsonl")); // no writer: opening it would wait forever
        SpecialFiles.Fifo(Path.Combine(folder.Path, "c.txt"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "d.txt"), fifo);
        using var socket = SpecialFiles.UnixSocket(Path.Combine(folder.Path, "e.txt"));
        bool device = SpecialFiles.TryZeroDevice(Path.Combine(folder.Path, "f.txt")); // endless, like /dev/zero
        folder.File("g.jsonl", Good + "\n");

        var items = await WithoutHanging(() => Read(folder.Path));

        Assert.Equal(["a", "good"], Ids(items));
        Assert.Equal("", Errors(items));
        var expected = new List<string>
        {
            $"{folder.Path}/b.jsonl: not a regular file (FIFO); skipped",
            $"{folder.Path}/c.txt: not a regular file (FIFO); skipped",
            $"{folder.Path}/d.txt: not a regular file (FIFO); skipped",
            $"{folder.Path}/e.txt: not a regular file (socket); skipped",
        };
        if (device) expected.Add($"{folder.Path}/f.txt: not a regular file (character device); skipped");
        Assert.Equal(expected, items.Select(i => i.Warning).OfType<string>());
    }

    [Fact]
    public async Task Folder_OfOnlyAFifo_IsAnError()
    {
        using var folder = new TempFolder();
        SpecialFiles.Fifo(Path.Combine(folder.Path, "a.txt"));
        var items = await WithoutHanging(() => Read(folder.Path));
        Assert.Equal($"{folder.Path}: directory has no .txt or .jsonl files that are regular files", Errors(items));
    }

    [Fact]
    public void FileThatVanishesBetweenListingAndReading_IsMissing_AndTheNextIsRead()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", "Some 300 homes burned.");
        var b = folder.File("b.txt", "Some 300 homes burned.");
        folder.File("c.txt", "Some 300 homes burned.");
        var items = new List<InputItem>();
        foreach (var item in new ArticleReader(5_000_000, null, () => Stream.Null).Read([folder.Path]))
        {
            items.Add(item);
            if (item.Article?.Id == "a") File.Delete(b); // the folder was listed when its first file was read
        }
        Assert.Equal(["a", "c"], Ids(items));
        Assert.Equal($"{b}: no such file or directory", Errors(items));
    }

    [Fact]
    public async Task FifoNamedDirectly_IsRead_WithinTheSizeLimit()
    {
        using var folder = new TempFolder();
        var fifo = SpecialFiles.Fifo(Path.Combine(folder.Path, "piped.txt"));
        var writer = Task.Run(() =>
        {
            try
            {
                using var stream = new FileStream(fifo, FileMode.Open, FileAccess.Write);
                for (int i = 0; i < 100; i++) stream.Write(Encoding.UTF8.GetBytes(new string('a', 1000)));
            }
            catch (IOException)
            {
                // The reader stopped at the limit and closed its end: the rest is not wanted.
            }
        });
        var items = Read(5000, () => Stream.Null, fifo);
        Assert.Equal($"{fifo}: article is over the limit of 5000 bytes (read.maxArticleBytes); skipped", Errors(items));
        await writer;

        var small = Task.Run(() => File.WriteAllText(fifo, "Some 300 homes burned."));
        Assert.Equal(["piped"], Ids(Read(5000, () => Stream.Null, fifo)));
        await small;
    }

    [Fact]
    public void StdinText_IsReadOnlyUpToTheLimit()
    {
        var stream = new CountingStream(length: 20_000_000);
        var items = Read(5000, () => stream, "-");
        Assert.Equal("<stdin>: article is over the limit of 5000 bytes (read.maxArticleBytes); skipped", Errors(items));
        Assert.InRange(stream.Served, 5001, 5000 + 65_536);
    }

    [Fact]
    public void StdinJsonl_LineOverTheLimit_IsSkipped_AndTheNextLineRead()
    {
        var big = "{\"id\": \"big\", \"text\": \"" + new string('a', 10_000) + "\"}";
        var items = Read(5000, () => new MemoryStream(Encoding.UTF8.GetBytes($"{Good}\n{big}\n{Good}\n")), "-");
        Assert.Equal($"<stdin>:2: line is {big.Length} bytes, over the limit of 5000 (read.maxArticleBytes); skipped", Errors(items));
        Assert.Equal(["good", "good"], Ids(items));
    }

    [Fact]
    public void StdinJsonl_LineThatNeverEnds_IsReported_AndTheRestOfStdinIsLeftUnread()
    {
        // `{"text": "aaaa…` without end, as from a device or `yes`: the old reader drained it forever, silently.
        var stream = new CountingStream(length: long.MaxValue, first: "{\"text\": \"");
        var items = Read(5000, () => stream, "-");
        long skipLimit = JsonlLineReader.SkipLimit(5000);
        Assert.Matches(@"^<stdin>:1: no line end within \d+ bytes \(limit 5000, read.maxArticleBytes\); this line and the rest of <stdin> were not read$", Errors(items));
        Assert.InRange(stream.Served, skipLimit, skipLimit + 2 * 65_536);
    }

    [Fact]
    public void ClosedStdin_IsOneError_AndTheOtherPathsAreRead()
    {
        using var folder = new TempFolder();
        var a = folder.File("a.txt", "Some 300 homes burned.");
        var items = Read(5000, () => throw new StandardInputClosedException(), "-", a);
        Assert.Equal("standard input is closed", Errors(items));
        Assert.Equal(["a"], Ids(items));
    }

    [Fact]
    public void AnExceptionNobodyForesaw_EndsOnlyItsInput()
    {
        using var folder = new TempFolder();
        var a = folder.File("a.txt", "Some 300 homes burned.");
        var items = Read(5000, () => throw new InvalidOperationException("boom"), "-", a);
        Assert.Equal("<stdin>: cannot read: InvalidOperationException: boom", Errors(items));
        Assert.Equal(["a"], Ids(items));

        // A stream that fails after its first line: that line is read, then one error, then the next path.
        var failing = Read(5000, () => new FailingStream(Encoding.UTF8.GetBytes(Good + "\n")), "-", a);
        Assert.Equal(["good", "a"], Ids(failing));
        Assert.Equal("<stdin>: cannot read: disk gone", Errors(failing));
    }

    [Fact]
    public void StdinTextWithABom_InvalidUtf8_GivesTheFilesByteOffset()
    {
        var items = Read(5000, () => new MemoryStream([0xEF, 0xBB, 0xBF, (byte)'a', 0xC3, 0x28]), "-");
        Assert.Equal("<stdin>: invalid UTF-8 at byte 4 (line 1)", Errors(items));
    }

    /// <summary>Serves <paramref name="length"/> bytes of 'a', counting what it served.</summary>
    /// <summary>Serves <paramref name="first"/>, then the letter a up to <paramref name="length"/> bytes in all.</summary>
    private sealed class CountingStream(long length, string first = "") : Stream
    {
        public long Served { get; private set; }
        public override int Read(byte[] buffer, int offset, int count)
        {
            count = (int)Math.Min(count, length - Served);
            buffer.AsSpan(offset, count).Fill((byte)'a');
            for (long i = Served; i < first.Length && i < Served + count; i++) buffer[offset + i - Served] = (byte)first[(int)i];
            Served += count;
            return count;
        }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Serves its bytes, then fails as a disk that went away.</summary>
    private sealed class FailingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            int read = base.Read(buffer, offset, count);
            return read > 0 ? read : throw new IOException("disk gone");
        }
    }
}
