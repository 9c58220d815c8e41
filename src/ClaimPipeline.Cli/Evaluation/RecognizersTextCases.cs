using System.Globalization;
using System.Text.Json;
using ClaimPipeline.Claims.Evaluation;

namespace ClaimPipeline.Cli.Evaluation;

/// <summary>
/// Reads a Microsoft Recognizers-Text Specs file (a JSON array of {"Input", "Results": [{"Text", "TypeName",
/// "Resolution": {"value", "unit"?}}]}) as quantity sentences. Left out of a case's quantities: ordinals (not
/// quantities for us) and results with no resolved value. Bare numbers and ranges get unit "-", percentages
/// "percent"; an open interval "(20,)" becomes 20 with change ">". Recognizers-Text has no notion of change, so
/// every other quantity is "="; "NotSupported" (other ports) is ignored.
/// </summary>
public static class RecognizersTextCases
{
    /// <summary>One case of the array, with its id (<see cref="PeerSuiteCases"/>).</summary>
    internal static QuantitySentence Case(JsonElement item, string id)
    {
        var text = item.Required("Input").GetString() ?? throw new FormatException("'Input' is null");
        var quantities = new List<QuantityValue>();
        var spans = new List<string>();
        foreach (var result in item.Required("Results").EnumerateArray())
        {
            var type = result.TryGetProperty("TypeName", out var t) ? t.GetString() ?? "" : "";
            if (type.StartsWith("ordinal", StringComparison.Ordinal)) continue;
            if (!result.TryGetProperty("Resolution", out var resolution) || resolution.ValueKind != JsonValueKind.Object
                || !resolution.TryGetProperty("value", out var v) || v.ValueKind != JsonValueKind.String) continue;
            if (Value(v.GetString()!) is not var (low, high, change)) continue;
            var unit = type switch
            {
                "number" or "numberrange" => "-",
                "percentage" => "percent",
                _ => PeerUnitNames.Map(resolution.TryGetProperty("unit", out var u) ? u.GetString() : null),
            };
            quantities.Add(new QuantityValue(low, high, unit, change));
            spans.Add(result.TryGetProperty("Text", out var span) ? span.GetString() ?? "" : "");
        }
        return new QuantitySentence(id, text, quantities, spans);
    }

    /// <summary>"12.5", "1E-07", "20%", or an interval "[10,15)" whose open end may be missing ("(20,").</summary>
    internal static (double Low, double High, string Change)? Value(string text)
    {
        text = text.Trim().TrimEnd('%');
        if (text.Length > 1 && text[0] is '[' or '(' && text[^1] is ']' or ')')
        {
            var parts = text[1..^1].Split(',');
            if (parts.Length != 2) return null;
            bool hasLow = Number(parts[0], out double low), hasHigh = Number(parts[1], out double high);
            if (hasLow && hasHigh) return (low, high, "=");
            if (hasLow) return (low, low, ">");
            if (hasHigh) return (high, high, "<");
            return null;
        }
        return Number(text, out double value) ? (value, value, "=") : null;
    }

    private static bool Number(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
