using ClaimPipeline.Nlp.Lexicons;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// Reads data/lexicons/unit-dictionary.tsv (built by src/ClaimPipeline.UnitDictionary from UnitsNet, quantulum3 and
/// ISO 4217; docs/units.md): surface, unit, dimension, form. Errors name the file and line.
/// </summary>
public static class UnitDictionary
{
    public static List<UnitDictionaryEntry> Load(string path)
    {
        var entries = new List<UnitDictionaryEntry>();
        foreach (var line in LexiconFile.Read(path, minFields: 4))
        {
            if (!Enum.TryParse<UnitSurfaceForm>(line[3], ignoreCase: true, out var form) || int.TryParse(line[3], out _)
                || line[1].Length == 0 || line[2].Length == 0)
                throw new LexiconException($"{path}:{line.LineNumber}: expected surface, unit, dimension and form (word, symbol or prefix)");
            entries.Add(new UnitDictionaryEntry(line[0], line[1], line[2], form));
        }
        return entries;
    }
}
