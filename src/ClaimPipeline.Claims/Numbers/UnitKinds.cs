using ClaimPipeline.Nlp.Lexicons;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// The one list of unit lemmas that measure rather than count (data/lexicons/unit-kinds.tsv), and what their kind
/// means to the number rules. A unit not in the list is a counted thing ("people", "tent", "golden globe").
/// </summary>
public sealed class UnitKinds
{
    private readonly Dictionary<string, UnitKind> _kinds;
    private readonly HashSet<string> _rateUnits;

    public UnitKinds(IEnumerable<KeyValuePair<string, UnitKind>> kinds, IEnumerable<string> rateUnits)
    {
        _kinds = new Dictionary<string, UnitKind>(kinds, StringComparer.Ordinal);
        _rateUnits = new HashSet<string>(rateUnits, StringComparer.Ordinal);
    }

    /// <summary>Reads lemma, kind and an optional "per" (the unit can end a rate); errors name the file and line.</summary>
    public static UnitKinds Load(string path)
    {
        var kinds = new List<KeyValuePair<string, UnitKind>>();
        var rateUnits = new List<string>();
        foreach (var line in LexiconFile.Read(path, minFields: 2))
        {
            if (!Enum.TryParse<UnitKind>(line[1], ignoreCase: true, out var kind) || int.TryParse(line[1], out _)
                || line[2] is not ("" or "per"))
                throw new LexiconException($"{path}:{line.LineNumber}: expected lemma, kind (time, date, share, points, money) and optionally per");
            kinds.Add(KeyValuePair.Create(line[0], kind));
            if (line[2] == "per") rateUnits.Add(line[0]);
        }
        return new UnitKinds(kinds, rateUnits);
    }

    /// <summary>
    /// A time, date, share or money unit names no counted thing, so the quantity's subject is looked for elsewhere
    /// ("8 years", "£5m", "3%"; a count's subject is what it counts: "20,000 people").
    /// </summary>
    public bool CountsNothing(string unit) =>
        _kinds.TryGetValue(unit, out var kind) && kind is UnitKind.Time or UnitKind.Date or UnitKind.Share or UnitKind.Money;

    /// <summary>A unit a bare count nearby may take ("seven nominations while The Aviator has 11"): not a time, date or share.</summary>
    public bool CarriesToCounts(string unit) =>
        !_kinds.TryGetValue(unit, out var kind) || kind is not (UnitKind.Time or UnitKind.Date or UnitKind.Share);

    /// <summary>A negative number standing alone in a share or points unit is the size of a fall ("Stoxx 50 -1.3%").</summary>
    public bool SignsAChange(string? unit) =>
        unit is not null && _kinds.TryGetValue(unit, out var kind) && kind is UnitKind.Share or UnitKind.Points;

    /// <summary>The unit can end a rate after "a", "per", "every" or "each" ("£3,000 a year").</summary>
    public bool EndsARate(string unit) => _rateUnits.Contains(unit);
}
