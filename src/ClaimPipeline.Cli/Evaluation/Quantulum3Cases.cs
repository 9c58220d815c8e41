using System.Text.Json;
using ClaimPipeline.Claims.Evaluation;

namespace ClaimPipeline.Cli.Evaluation;

/// <summary>
/// Reads quantulum3's test file (a JSON array of {"req", "res": [{"value", "unit", "surface", "uncertainty"?}]})
/// as quantity sentences. A range is written there as its middle with an uncertainty, so it becomes
/// value−uncertainty..value+uncertainty; "dimensionless" is our "-"; quantulum3 has no change, so all are "=".
/// </summary>
public static class Quantulum3Cases
{
    /// <summary>One case of the array, with its id (<see cref="PeerSuiteCases"/>).</summary>
    internal static QuantitySentence Case(JsonElement item, string id)
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
