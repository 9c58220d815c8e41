using System.Globalization;
using System.Text.Json;

namespace ClaimPipeline.Cli.Input;

/// <summary>
/// Expands the PATH arguments and reads articles from them lazily, in order: a .txt file is one article (its id
/// is the file name without extension), a .jsonl file one article a line, a directory its *.txt and *.jsonl files
/// in ordinal name order, and "-" standard input (JSONL when it starts with '{', else one text article "stdin").
/// Every problem becomes an <see cref="InputItem"/> error naming the file and line, so the other inputs go on.
/// </summary>
public sealed class ArticleReader(long maxArticleBytes, DateOnly? defaultPublished, Func<Stream> openStdin)
{
    public IEnumerable<InputItem> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                foreach (var item in ReadStdin()) yield return item;
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path)
                    .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0) yield return InputItem.Fail($"{path}: directory has no .txt or .jsonl files");
                foreach (var file in files)
                    foreach (var item in ReadFile(file)) yield return item;
            }
            else if (File.Exists(path) || IsBrokenLink(path))
            {
                foreach (var item in ReadFile(path)) yield return item;
            }
            else
            {
                yield return InputItem.Fail($"{path}: no such file or directory");
            }
        }
    }

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

    private IEnumerable<InputItem> ReadFile(string path)
    {
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)) return ReadJsonlFile(path);
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxArticleBytes)
                return [InputItem.Fail($"{path}: article is {length} bytes, over the limit of {maxArticleBytes} (read.maxArticleBytes); skipped")];
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return [InputItem.Fail($"{path}: cannot read: {e.Message}")];
        }
        return [ReadText(path, Path.GetFileNameWithoutExtension(path), bytes)];
    }

    /// <summary>A JSONL file streams line by line, so its size does not matter, only each line's.</summary>
    private IEnumerable<InputItem> ReadJsonlFile(string path)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return [InputItem.Fail($"{path}: cannot read: {e.Message}")];
        }
        return ReadJsonl(path, stream, default);
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
        if (first < filled && head[first] == (byte)'{') return ReadJsonl("<stdin>", stdin, head.AsMemory(0, filled));
        using (stdin)
        using (var buffer = new MemoryStream())
        {
            buffer.Write(head, 0, filled);
            stdin.CopyTo(buffer);
            return [ReadText("<stdin>", "stdin", buffer.ToArray())];
        }
    }

    private InputItem ReadText(string origin, string id, byte[] bytes)
    {
        if (!StrictUtf8.TryDecode(bytes, out var text, out var error)) return InputItem.Fail($"{origin}: {error}");
        if (string.IsNullOrWhiteSpace(text)) return InputItem.Fail($"{origin}: article is empty");
        return InputItem.Ok(new Article(id, text, origin) { Published = defaultPublished });
    }

    private IEnumerable<InputItem> ReadJsonl(string origin, Stream stream, ReadOnlyMemory<byte> prefix)
    {
        var defaultId = origin == "<stdin>" ? "stdin" : Path.GetFileNameWithoutExtension(origin);
        using (stream)
        {
            using var lines = JsonlLineReader.Read(stream, maxArticleBytes, prefix).GetEnumerator();
            while (true)
            {
                InputItem? item;
                string? readError = null;
                try
                {
                    if (!lines.MoveNext()) break;
                    var line = lines.Current;
                    item = line.TooLong
                        ? InputItem.Fail($"{origin}:{line.Number}: line is {line.Length} bytes, over the limit of {maxArticleBytes} (read.maxArticleBytes); skipped")
                        : ParseJsonLine(origin, defaultId, line.Number, line.Bytes);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    item = null;
                    readError = $"{origin}: cannot read: {e.Message}";
                }
                if (readError is not null)
                {
                    yield return InputItem.Fail(readError);
                    yield break;
                }
                if (item is not null) yield return item.Value;
            }
        }
    }

    private InputItem? ParseJsonLine(string origin, string defaultId, int lineNumber, ReadOnlyMemory<byte> line)
    {
        var where = $"{origin}:{lineNumber}";
        if (line.Span.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r']).IsEmpty) return null;
        if (!StrictUtf8.TryDecode(line.Span, out _, out var utf8Error)) return InputItem.Fail($"{where}: {utf8Error}");
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return InputItem.Fail($"{where}: not valid JSON: {e.Message}");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return InputItem.Fail($"{where}: expected a JSON object, found {root.ValueKind}");
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
                return InputItem.Fail($"{where}: no \"text\" string in the object");
            var text = textElement.GetString()!;
            if (string.IsNullOrWhiteSpace(text)) return InputItem.Fail($"{where}: article is empty");
            string id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? (idElement.ValueKind == JsonValueKind.String ? idElement.GetString()! : idElement.GetRawText())
                : $"{defaultId}-{lineNumber}";
            string? warning = null;
            DateOnly? published = defaultPublished;
            var publishedText = OptionalString(root, "published");
            if (publishedText is not null)
            {
                if (TryParseDate(publishedText, out var date)) published = date;
                else warning = $"{where}: \"published\" is not a date: '{publishedText}'; relative dates stay as written";
            }
            var article = new Article(id, text, where)
            {
                Title = OptionalString(root, "title"),
                Published = published,
                Source = OptionalString(root, "source"),
                Url = OptionalString(root, "url"),
            };
            return InputItem.Ok(article, warning);
        }
    }

    private static string? OptionalString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

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
