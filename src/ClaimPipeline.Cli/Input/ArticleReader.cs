using System.Globalization;
using ClaimPipeline.Cli.Posix;

namespace ClaimPipeline.Cli.Input;

/// <summary>
/// Expands the PATH arguments and reads articles from them lazily, in order: a .txt file is one article (its id
/// is the file name without extension), a .jsonl file one article a line, a directory its *.txt and *.jsonl files
/// in ordinal name order, and "-" standard input (JSONL when it starts with '{', else one text article "stdin").
/// Every problem becomes an <see cref="InputItem"/> error naming the file and line, so the other inputs go on:
/// <see cref="Read"/> never throws, and an exception nobody foresaw ends only the input it came from.
/// </summary>
public sealed class ArticleReader(long maxArticleBytes, DateOnly? defaultPublished, Func<Stream> openStdin)
{
    private const string StdinName = "<stdin>";

    /// <remarks>An id seen before gets a warning: rows are keyed by article_id and claim_id, and two articles with
    /// one id (a feed read twice, ids numbered per file) would give rows that a reviewer cannot tell apart. The first
    /// <see cref="RepeatedIdWarnings"/> are named; the rest are counted in one warning at the end.</remarks>
    public IEnumerable<InputItem> Read(IEnumerable<string> paths)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        int repeats = 0;
        foreach (var path in paths)
            foreach (var item in Guarded(() => ReadPath(path), path == "-" ? StdinName : path))
            {
                if (item.Article is { } article && !ids.TryAdd(article.Id, article.Origin) && ++repeats <= RepeatedIdWarnings)
                {
                    var repeated = $"{article.Origin}: article id '{article.Id}' was used before, by {ids[article.Id]}; rows of the two share article_id";
                    yield return item with { Warning = item.Warning is null ? repeated : $"{item.Warning}; {repeated}" };
                    continue;
                }
                yield return item;
            }
        if (repeats > RepeatedIdWarnings)
            yield return InputItem.Skipped($"{repeats - RepeatedIdWarnings} more articles reused an earlier article id ({repeats} in all)");
    }

    private const int RepeatedIdWarnings = 5;

    private IEnumerable<InputItem> ReadPath(string path)
    {
        if (path == "-") return ReadStdin();
        if (path.Length == 0) return [InputItem.Fail("'' (an empty argument): no such file or directory")];
        if (Directory.Exists(path)) return ReadFolder(path);
        if (File.Exists(path) || IsBrokenLink(path)) return ReadFile(path);
        return [InputItem.Fail($"{path}: no such file or directory")];
    }

    /// <summary>
    /// The items of one input; an exception while reading it becomes its last item, an error, instead of ending the
    /// run (the reader runs on its own thread, where an exception would end every input after it).
    /// </summary>
    private static IEnumerable<InputItem> Guarded(Func<IEnumerable<InputItem>> read, string name)
    {
        IEnumerator<InputItem>? items = null;
        try
        {
            while (true)
            {
                InputItem item;
                bool failed = false;
                try
                {
                    items ??= read().GetEnumerator();
                    if (!items.MoveNext()) yield break;
                    item = items.Current;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    item = InputItem.Fail(CannotRead(name, e));
                    failed = true;
                }
                yield return item;
                if (failed) yield break;
            }
        }
        finally
        {
            try
            {
                items?.Dispose();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Closing a stream we only read from: everything in it was already read or reported.
            }
        }
    }

    private static string CannotRead(string name, Exception e) => e switch
    {
        StandardInputClosedException => e.Message,
        FileNotFoundException or DirectoryNotFoundException => $"{name}: no such file or directory",
        IOException or UnauthorizedAccessException or NotSupportedException => $"{name}: cannot read: {e.Message}",
        _ => $"{name}: cannot read: {e.GetType().Name}: {e.Message}",
    };

    private static bool IsBrokenLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>
    /// A folder's article files, in ordinal order. Anything there that is not a regular file (or a link to one) is
    /// skipped with a warning: a FIFO would block the run until some writer came, a device could be endless.
    /// </summary>
    private IEnumerable<InputItem> ReadFolder(string folder)
    {
        var files = Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        int read = 0;
        foreach (var file in files)
        {
            // Unknown (no statx, a vanished file, a link loop): opened as before, which reports the problem itself.
            var type = FileStatus.Of(file, followLinks: true)?.Kind ?? FileKind.Regular;
            if (type != FileKind.Regular)
            {
                yield return InputItem.Skipped($"{file}: not a regular file ({FileKinds.Describe(type)}); skipped");
                continue;
            }
            read++;
            foreach (var item in Guarded(() => ReadFile(file), file)) yield return item;
        }
        if (read == 0)
            yield return InputItem.Fail(files.Count == 0 ? $"{folder}: directory has no .txt or .jsonl files" : $"{folder}: directory has no .txt or .jsonl files that are regular files");
    }

    /// <summary>A path named on the command line or found in a folder; a FIFO or device named directly is read too, within the size limit.</summary>
    private IEnumerable<InputItem> ReadFile(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? ReadJsonl(path, Open(path), default) : [ReadTextFile(path)];

    private static FileStream Open(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

    private InputItem ReadTextFile(string path)
    {
        using var stream = Open(path);
        long size = stream.CanSeek ? stream.Length : 0;
        if (size > maxArticleBytes)
            return InputItem.Fail($"{path}: article is {size} bytes, over the limit of {maxArticleBytes} (read.maxArticleBytes); skipped");
        // The size was only a hint: a file can grow, and a device or FIFO has none.
        if (!LimitedRead.TryReadToEnd(stream, default, maxArticleBytes, out var bytes, size)) return OverTheLimit(path);
        return ReadText(path, Path.GetFileNameWithoutExtension(path), bytes);
    }

    private IEnumerable<InputItem> ReadStdin()
    {
        // Peek at the first bytes: JSONL streams line by line, a text article is read whole.
        var stdin = openStdin();
        var head = new byte[4096];
        int filled = 0, read;
        int first = 0;
        while (filled < head.Length && (read = stdin.Read(head, filled, head.Length - filled)) > 0)
        {
            filled += read;
            while (first < filled && head[first] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF) first++;
            if (first < filled) break;
        }
        if (first < filled && head[first] == (byte)'{') return ReadJsonl(StdinName, stdin, head.AsMemory(0, filled));
        using (stdin)
        {
            // Past the limit the rest is left unread, not drained: an endless stream would never end the run.
            return LimitedRead.TryReadToEnd(stdin, head.AsSpan(0, filled), maxArticleBytes, out var bytes)
                ? [ReadText(StdinName, "stdin", bytes)]
                : [OverTheLimit(StdinName)];
        }
    }

    private InputItem OverTheLimit(string origin) =>
        InputItem.Fail($"{origin}: article is over the limit of {maxArticleBytes} bytes (read.maxArticleBytes); skipped");

    private InputItem ReadText(string origin, string id, ReadOnlySpan<byte> bytes)
    {
        if (!StrictUtf8.TryDecode(bytes, out var text, out var error)) return InputItem.Fail($"{origin}: {error}");
        if (string.IsNullOrWhiteSpace(text)) return InputItem.Fail($"{origin}: article is empty");
        return InputItem.Ok(new Article(id, text, origin) { Published = defaultPublished });
    }

    /// <summary>A JSONL stream, line by line; a line over the size limit is skipped as it streams past.</summary>
    private IEnumerable<InputItem> ReadJsonl(string origin, Stream stream, ReadOnlyMemory<byte> prefix)
    {
        var defaultId = origin == StdinName ? "stdin" : Path.GetFileNameWithoutExtension(origin);
        using (stream)
        {
            foreach (var line in JsonlLineReader.Read(stream, maxArticleBytes, prefix))
            {
                var where = $"{origin}:{line.Number}";
                var item = line.RestUnread
                    ? InputItem.Fail($"{where}: no line end within {line.Length} bytes (limit {maxArticleBytes}, read.maxArticleBytes); this line and the rest of {origin} were not read")
                    : line.TooLong
                    ? InputItem.Fail($"{where}: line is {line.Length} bytes, over the limit of {maxArticleBytes} (read.maxArticleBytes); skipped")
                    : ParseLine(where, $"{defaultId}-{line.Number}", line.Bytes);
                if (item is not null) yield return item.Value;
            }
        }
    }

    /// <summary>One line's article or error; a failure of the parser itself is that line's error, and the next lines go on.</summary>
    private InputItem? ParseLine(string where, string defaultId, ReadOnlyMemory<byte> line)
    {
        try
        {
            return JsonlArticleParser.Parse(where, defaultId, line, defaultPublished);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return InputItem.Fail($"{where}: cannot read this line: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>Accepts "2021-08-24" and ISO date-times ("2021-08-24T10:00:00Z"), whatever the machine's culture.</summary>
    public static bool TryParseDate(string text, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dateTime))
        {
            date = DateOnly.FromDateTime(dateTime.UtcDateTime);
            return true;
        }
        return false;
    }
}
