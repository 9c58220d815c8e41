using System.Text.Json;

namespace ClaimPipeline.Cli.Evaluation;

/// <summary>
/// A quantity-corpus line that holds offsets instead of text (data/eval/numbers-news-test.jsonl):
/// {"corpus", "article", "start", "end", "quantities": [{"value", "unit", "change", "start", "end"}]}, the sentence
/// being article_text[start..end] (UTF-16 offsets) and each quantity's span offsets relative to the sentence.
/// </summary>
public static class StandoffQuantityLine
{
    /// <summary>Whether a line is in this shape rather than numbers-dev's {"text", …}.</summary>
    public static bool Is(JsonElement root) => root.ValueKind == JsonValueKind.Object && root.TryGetProperty("article", out _);

    public static QuantitySentence Parse(JsonElement root, SourceArticles sources)
    {
        var corpus = root.Required("corpus").GetString() ?? throw new FormatException("'corpus' is null");
        var article = root.Required("article").GetString() ?? throw new FormatException("'article' is null");
        var articleText = sources.Text(corpus, article);
        var (start, end) = Span(root, articleText.Length, $"article {article}");
        var text = articleText[start..end];
        var (quantities, spans) = QuantityCorpus.ParseQuantities(root, quantity =>
        {
            var (s, e) = Span(quantity, text.Length, "the sentence");
            return text[s..e];
        });
        return new QuantitySentence($"{article}@{start}", text, quantities, spans);
    }

    private static (int Start, int End) Span(JsonElement element, int length, string within)
    {
        int start = element.Required("start").GetInt32(), end = element.Required("end").GetInt32();
        if (start < 0 || end < start || end > length)
            throw new FormatException($"offsets {start}-{end} are out of range for {within} (length {length})");
        return (start, end);
    }
}
