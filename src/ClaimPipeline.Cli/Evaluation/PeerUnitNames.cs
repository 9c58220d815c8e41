namespace ClaimPipeline.Cli.Evaluation;

/// <summary>
/// Maps the unit names of the peer suites (Recognizers-Text "Resolution.unit", quantulum3 "unit") to the lemmas
/// of data/lexicons/units.tsv where the match is clear; other names are only lowercased and respelt
/// (meter → metre, liter → litre), so they count as a unit we do not know. Table: docs/numbers-eval.md.
/// </summary>
public static class PeerUnitNames
{
    private static readonly Dictionary<string, string> Ours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dimensionless"] = "-",
        ["percentage"] = "percent",
        ["united states dollar"] = "dollar",
        ["pound sterling"] = "pound",
        ["british pound"] = "pound",
        ["pound-mass"] = "pound",
        ["penny"] = "pence",
        ["japanese yen"] = "yen",
        ["chinese yuan"] = "yuan",
        ["metric ton"] = "tonne",
        ["ton"] = "tonne",
        ["c"] = "celsius",
        ["degree celsius"] = "celsius",
        ["f"] = "fahrenheit",
        ["degree fahrenheit"] = "fahrenheit",
    };

    public static string Map(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit)) return "-";
        if (Ours.TryGetValue(unit.Trim(), out var ours)) return ours;
        return unit.Trim().ToLowerInvariant().Replace("meter", "metre", StringComparison.Ordinal)
            .Replace("liter", "litre", StringComparison.Ordinal);
    }
}
