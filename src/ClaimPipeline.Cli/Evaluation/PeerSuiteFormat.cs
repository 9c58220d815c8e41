using System.Text.Json;

namespace ClaimPipeline.Cli.Evaluation;

/// <summary>
/// Which peer test-suite shape a file has, told by its content: a JSON array whose first case has "Input"
/// (Microsoft Recognizers-Text Specs) or "req" (quantulum3 tests); anything else is left to the JSONL reader.
/// </summary>
public static class PeerSuiteFormat
{
    public const string RecognizersText = "recognizers-text";
    public const string Quantulum3 = "quantulum3";
    public const string Jsonl = "jsonl";

    public static string Of(string path)
    {
        using var reader = new StreamReader(path);
        int c;
        while ((c = reader.Peek()) >= 0 && char.IsWhiteSpace((char)c)) reader.Read();
        if (c != '[') return Jsonl;
        // The suites are small (under 100 KB each), so reading the whole array to look at the first case is cheap.
        try
        {
            using var json = JsonDocument.Parse(reader.ReadToEnd());
            var first = json.RootElement.EnumerateArray().FirstOrDefault();
            if (first.ValueKind != JsonValueKind.Object) return Jsonl;
            if (first.TryGetProperty("Input", out _)) return RecognizersText;
            if (first.TryGetProperty("req", out _)) return Quantulum3;
        }
        catch (JsonException)
        {
            // Not a JSON array after all: the JSONL reader names the line that fails.
        }
        return Jsonl;
    }
}
