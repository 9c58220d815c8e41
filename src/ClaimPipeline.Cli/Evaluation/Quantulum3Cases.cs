using System.Text.Json;
using ClaimPipeline.Claims.Evaluation;

namespace ClaimPipeline.Cli.Evaluation;

/// <summary>
/// Reads quantulum3's test file (a JSON array of {"req", "res": [{"value", "unit", "surface", "uncertainty"?}]})
/// as quantity sentences. A range is written there as its middle with an uncertainty, so it becomes
/// value−uncertainty..value+uncertainty; "dimensionless" is our "-"; quantulum3 has no change, so all are "=".
/// The case's id is FILE#N (1-based).
/// </summary>
public static class Quantulum3Cases
{
    public static IEnumerable<QuantitySentence> Read(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        using var json = RecognizersTextCases.ParseArray(path);
        var sentences = new List<QuantitySentence>();
        int index = 0;
        foreach (var item in json.RootElement.EnumerateArray())
        {
            index++;
            try
            {
                sentences.Add(Case(item, $"{name}#{index}"));
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException)
            {
                throw new FormatException($"{path}: case {index}: not a quantulum3 case: {e.Message}", e);
            }
        }
        return sentences;
    }

    private static QuantitySentence Case(JsonElement item, string id)
    {
        var text = item.Required("req").GetString() ?? throw new FormatException("'req' is null");
        var quantities = new List<QuantityValue>();
        var spans = new List<string>();
        foreach (var result in item.Required("res").EnumerateArray())
        {
            double value = result.Required("value").GetDouble();
            double uncertainty = result.TryGetProperty("uncertainty", out var u) && u.ValueKind == JsonValueKind.Number ? u.GetDouble() : 0;
            var unit = PeerUnitNames.Map(result.TryGetProperty("unit", out var n) ? n.GetString() : null);
            quantities.Add(new QuantityValue(value - uncertainty, value + uncertainty, unit, "="));
            spans.Add(result.TryGetProperty("surface", out var s) ? s.GetString() ?? "" : "");
        }
        return new QuantitySentence(id, text, quantities, spans);
    }
}
