using System.Text.Json;

namespace ClaimPipeline.Cli.Input;

/// <summary>
/// One JSONL line to an article: `{"id", "text", "title"?, "published"?, "source"?, "url"?}`. A line that cannot be
/// an article (not UTF-8, not JSON, no text, a text or id that is no Unicode text) is an error naming FILE:LINE; a
/// bad optional field is dropped with a warning, since the article itself is fine.
/// </summary>
public static class JsonlArticleParser
{
    /// <summary>The article or error of one line, null for a blank line. <paramref name="where"/> is "FILE:LINE".</summary>
    public static InputItem? Parse(string where, string defaultId, ReadOnlyMemory<byte> line, DateOnly? defaultPublished)
    {
        if (line.Span.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r']).IsEmpty) return null;
        int invalid = StrictUtf8.IndexOfInvalid(line.Span);
        if (invalid >= 0) return InputItem.Fail($"{where}: invalid UTF-8 at column {StrictUtf8.ColumnOf(line.Span, invalid)}");
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return InputItem.Fail($"{where}: {NotValidJson(e, line.Span)}");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return InputItem.Fail($"{where}: expected a JSON object, found {root.ValueKind}");
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
                return InputItem.Fail($"{where}: no \"text\" string in the object");
            if (!TryGetString(root, "text", out var text, out var problem)) return InputItem.Fail($"{where}: {problem}");
            if (string.IsNullOrWhiteSpace(text)) return InputItem.Fail($"{where}: article is empty");
            if (!TryGetString(root, "id", out var id, out problem)) return InputItem.Fail($"{where}: {problem}");
            if (id is null && root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.Number) id = idElement.GetRawText();

            var warnings = new List<string>();
            var title = OptionalString(root, "title", warnings);
            var source = OptionalString(root, "source", warnings);
            var url = OptionalString(root, "url", warnings);
            DateOnly? published = defaultPublished;
            if (OptionalString(root, "published", warnings) is { } publishedText)
            {
                if (ArticleReader.TryParseDate(publishedText, out var date)) published = date;
                else warnings.Add($"\"published\" is not a date: '{publishedText}'; relative dates stay as written");
            }
            var article = new Article(id ?? defaultId, text, where) { Title = title, Published = published, Source = source, Url = url };
            return InputItem.Ok(article, warnings.Count == 0 ? null : $"{where}: {string.Join("; ", warnings)}");
        }
    }

    /// <summary>An optional string field; one that is not a string (null aside) or no Unicode text is dropped with a warning.</summary>
    private static string? OptionalString(JsonElement root, string name, List<string> warnings)
    {
        if (root.TryGetProperty(name, out var element) && element.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            var kind = element.ValueKind switch
            {
                JsonValueKind.Number => "a number",
                JsonValueKind.Array => "an array",
                JsonValueKind.Object => "an object",
                _ => "a boolean",
            };
            warnings.Add($"\"{name}\" is {kind}, not a string; the field is dropped");
            return null;
        }
        if (TryGetString(root, name, out var value, out var problem)) return value;
        warnings.Add($"{problem}; the field is dropped");
        return null;
    }

    /// <summary>The string value of a field (null when absent or not a string), or false when it cannot be decoded.</summary>
    private static bool TryGetString(JsonElement root, string name, out string? value, out string problem)
    {
        value = null;
        problem = "";
        if (!root.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.String) return true;
        try
        {
            value = element.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            // The line is valid UTF-8, so the only text GetString refuses is an escaped half of a surrogate pair.
            var escape = UnpairedSurrogate.FindEscape(element.GetRawText()) ?? "\\u…";
            problem = $"\"{name}\" holds an unpaired surrogate escape ({escape}), half of a UTF-16 pair and no character";
            return false;
        }
    }

    /// <summary>
    /// "not valid JSON at column C: reason". System.Text.Json ends its message with its own position
    /// ("Path: $ | LineNumber: 0 | BytePositionInLine: 9."), counted from 0 within the parsed bytes, which
    /// contradicts the file's line number; the column here is the 1-based character on the file's line.
    /// </summary>
    public static string NotValidJson(JsonException e, ReadOnlySpan<byte> line)
    {
        var reason = e.Message.AsSpan();
        foreach (var marker in (ReadOnlySpan<string>)[" Path: ", " LineNumber: "])
        {
            int at = reason.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0) reason = reason[..at];
        }
        reason = reason.TrimEnd();
        if (e.BytePositionInLine is not { } position || position < 0) return $"not valid JSON: {reason}";
        return $"not valid JSON at column {StrictUtf8.ColumnOf(line, position)}: {reason}";
    }
}
