using System.Text.Json;

namespace ClaimPipeline.UnitDictionary;

/// <summary>
/// Reads quantulum3's unit dictionary (common-units.json, then en_US-units.json, which adds surfaces and symbols to
/// some units): each unit's name, surface words, symbols, dimension ("entity") and the SI prefixes it takes.
/// </summary>
public static class Quantulum3Units
{
    public static IEnumerable<UnitEntry> Read(string folder, UnitNameTable names)
    {
        var units = new Dictionary<string, Quantulum3Unit>(StringComparer.Ordinal);
        foreach (var file in new[] { "common-units.json", "en_US-units.json" })
        {
            var path = Path.Combine(folder, file);
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            foreach (var property in json.RootElement.EnumerateObject())
            {
                if (!units.TryGetValue(property.Name, out var unit))
                {
                    if (!property.Value.TryGetProperty("entity", out var entity)) continue; // a URI-only note on a prefixed unit
                    unit = new Quantulum3Unit(property.Name, entity.GetString() ?? "");
                    units.Add(property.Name, unit);
                }
                unit.Surfaces.AddRange(Strings(property.Value, "surfaces"));
                unit.Symbols.AddRange(Strings(property.Value, "symbols"));
                unit.Prefixes.AddRange(Strings(property.Value, "prefixes"));
            }
        }
        foreach (var unit in units.Values)
        {
            foreach (var entry in Entries(unit.Name, unit, "", "", names)) yield return entry;
            foreach (var prefix in unit.Prefixes)
                if (MetricPrefixes.Names.TryGetValue(prefix, out var word))
                    foreach (var entry in Entries(word + unit.Name, unit, word, prefix, names)) yield return entry;
        }
    }

    private static IEnumerable<UnitEntry> Entries(string name, Quantulum3Unit unit, string prefixWord, string prefixSymbol, UnitNameTable names)
    {
        // A currency is named by its last word, as news annotation names it ("japanese yen" → yen, "pound sterling" → sterling → pound).
        var own = UnitSpelling.British(name);
        if (unit.Entity == "currency") own = own[(own.LastIndexOf(' ') + 1)..];
        var (ours, dimension) = names.Rename(own, unit.Entity == "dimensionless" ? "count" : unit.Entity);
        if (ours == "-") yield break;
        foreach (var surface in unit.Surfaces.Append(unit.Name))
        {
            foreach (var word in UnitSpelling.Forms(prefixWord + surface))
                yield return new UnitEntry(word, ours, dimension, UnitForm.Word, "quantulum3");
        }
        foreach (var symbol in unit.Symbols)
            if (prefixSymbol.Length == 0 || char.IsLetter(symbol[0]))
                yield return new UnitEntry(prefixSymbol + symbol, ours, dimension, UnitForm.Symbol, "quantulum3");
    }

    private static IEnumerable<string> Strings(JsonElement unit, string field) =>
        unit.TryGetProperty(field, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(s => s.GetString() ?? "").Where(s => s.Trim().Length > 0).Select(s => s.Trim())
            : [];

    private sealed record Quantulum3Unit(string Name, string Entity)
    {
        public List<string> Surfaces { get; } = [];
        public List<string> Symbols { get; } = [];
        public List<string> Prefixes { get; } = [];
    }
}
