using System.Globalization;
using System.Text.Json;
using ClaimPipeline.Claims.Evaluation;

namespace ClaimPipeline.Cli.Evaluation;

/// <summary>
/// Reads the PolNeAR JSONL packaging (one article a line: id, text, publication_date, annotations[] with parsed
/// attributions). The first annotator's attributions are the gold (PolNeAR names no gold for the few articles
/// with two annotators; the first is a fixed rule).
/// </summary>
public static class PolnearCorpus
{
    public static IEnumerable<PolnearArticle> Read(string path) =>
        JsonlCorpus.Read(path, "a PolNeAR article", (line, _) => Parse(line));

    private static PolnearArticle Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var text = root.Required("text").GetString() ?? throw new FormatException("'text' is null");
        var id = root.TryGetProperty("id", out var idElement) ? idElement.GetString() ?? "" : "";
        DateOnly? published = root.TryGetProperty("publication_date", out var date) && date.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(date.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day : null;
        var attributions = new List<GoldAttribution>();
        var annotations = root.Required("annotations");
        if (annotations.GetArrayLength() > 0)
        {
            foreach (var attribution in annotations[0].Required("attributions").EnumerateArray())
            {
                var content = Ranges(attribution, "content", text.Length);
                if (content.Count == 0) continue;
                var source = Ranges(attribution, "source", text.Length);
                attributions.Add(new GoldAttribution(content, source, GoldAttribution.IsDirect(text, content))
                {
                    Cue = Ranges(attribution, "cue", text.Length),
                });
            }
        }
        return new PolnearArticle(id, text, published, attributions);
    }

    private static List<TextRange> Ranges(JsonElement attribution, string name, int textLength)
    {
        var ranges = new List<TextRange>();
        if (!attribution.TryGetProperty(name, out var spans)) return ranges;
        foreach (var span in spans.EnumerateArray())
        {
            int start = span[0].GetInt32(), end = span[1].GetInt32();
            if (start < 0 || end > textLength || end < start)
                throw new FormatException($"{name} span [{start}, {end}) is outside the text (length {textLength})");
            ranges.Add(new TextRange(start, end));
        }
        return ranges;
    }
}
