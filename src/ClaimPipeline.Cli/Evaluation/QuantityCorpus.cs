using System.Text.Json;
using ClaimPipeline.Claims.Evaluation;

namespace ClaimPipeline.Cli.Evaluation;

/// <summary>
/// Reads a quantity corpus: JSONL lines {"text", "quantities": [{"value", "unit", "change", "text"?}]}, values as
/// strings or numbers, a range as "low-high" (the shape of ../shared/gold/numbers-dev.jsonl and NewsQuant), or
/// standoff lines that point into a corpus by offsets (<see cref="StandoffQuantityLine"/>).
/// </summary>
public static class QuantityCorpus
{
    public static IEnumerable<QuantitySentence> Read(string path)
    {
        var sources = new SourceArticles(path);
        return JsonlCorpus.Read(path, "a quantity sentence", (line, lineNumber) => Parse(line, $"{Path.GetFileName(path)}:{lineNumber}", sources));
    }

    private static QuantitySentence Parse(string line, string fallbackId, SourceArticles sources)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        if (StandoffQuantityLine.Is(root)) return StandoffQuantityLine.Parse(root, sources);
        var text = root.Required("text").GetString() ?? throw new FormatException("'text' is null");
        var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString()! : fallbackId;
        var (quantities, spans) = ParseQuantities(root, quantity =>
            quantity.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "");
        return new QuantitySentence(id, text, quantities, spans);
    }

    /// <summary>The gold quantities of a line, each with its text as written (given by <paramref name="span"/>).</summary>
    public static (List<QuantityValue> Quantities, List<string> Spans) ParseQuantities(JsonElement root, Func<JsonElement, string> span)
    {
        var quantities = new List<QuantityValue>();
        var spans = new List<string>();
        foreach (var quantity in root.Required("quantities").EnumerateArray())
        {
            var valueElement = quantity.Required("value");
            var valueText = valueElement.ValueKind == JsonValueKind.Number ? valueElement.GetRawText() : valueElement.GetString() ?? "";
            if (!QuantityValue.TryParseValue(valueText, out double low, out double high))
                throw new FormatException($"value '{valueText}' is not a number or a range low-high");
            var unit = quantity.TryGetProperty("unit", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString()! : "-";
            var change = quantity.TryGetProperty("change", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "=";
            quantities.Add(new QuantityValue(low, high, unit, change));
            spans.Add(span(quantity));
        }
        return (quantities, spans);
    }
}
