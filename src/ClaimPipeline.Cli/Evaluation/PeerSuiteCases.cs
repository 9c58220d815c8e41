using System.Text.Json;

namespace ClaimPipeline.Cli.Evaluation;

/// <summary>
/// A peer test-suite file, told by its content and parsed once: a JSON array whose first case has "Input"
/// (Microsoft Recognizers-Text Specs, <see cref="RecognizersTextCases"/>) or "req" (quantulum3 tests,
/// <see cref="Quantulum3Cases"/>). Anything else is left to the JSONL reader, which names the line that fails.
/// A case's id is FILE#N (1-based); a case that does not read is an error naming the file and case.
/// </summary>
public static class PeerSuiteCases
{
    /// <summary>The file's cases, or null when it is not a peer suite (then it is read as JSONL).</summary>
    public static IReadOnlyList<QuantitySentence>? TryRead(string path)
    {
        using (var reader = new StreamReader(path))
        {
            int c;
            while ((c = reader.Peek()) >= 0 && char.IsWhiteSpace((char)c)) reader.Read();
            if (c != '[') return null;
        }
        JsonDocument json;
        try
        {
            // The suites are small (under 100 KB each): the whole array is read once.
            json = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException)
        {
            return null; // not a JSON array after all
        }
        using (json)
        {
            var first = json.RootElement.EnumerateArray().FirstOrDefault();
            if (first.ValueKind != JsonValueKind.Object) return null;
            if (first.TryGetProperty("Input", out _)) return Read(json, path, "a Recognizers-Text case", RecognizersTextCases.Case);
            if (first.TryGetProperty("req", out _)) return Read(json, path, "a quantulum3 case", Quantulum3Cases.Case);
            return null;
        }
    }

    private static List<QuantitySentence> Read(JsonDocument json, string path, string what, Func<JsonElement, string, QuantitySentence> parse)
    {
        var name = Path.GetFileName(path);
        var sentences = new List<QuantitySentence>();
        int index = 0;
        foreach (var item in json.RootElement.EnumerateArray())
        {
            index++;
            try
            {
                sentences.Add(parse(item, $"{name}#{index}"));
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException)
            {
                throw new FormatException($"{path}: case {index}: not {what}: {e.Message}", e);
            }
        }
        return sentences;
    }
}
