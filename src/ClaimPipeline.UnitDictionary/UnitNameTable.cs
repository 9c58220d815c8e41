namespace ClaimPipeline.UnitDictionary;

/// <summary>
/// data/lexicons/unit-names.tsv: our name (and dimension) for a unit whose source name differs from what news
/// annotation writes ("percentage" → percent, "pound sterling" → pound), units left out because their names are
/// common words ("quarter", "drop"), and surfaces the sources lack ("pc", "pound-feet").
/// Lines: <c>name → unit [dimension]</c> renames or leaves out (unit "-"); <c>+surface → unit dimension form</c> adds;
/// <c>!word</c> is a common word that names a unit only inside a longer name ("won" but "South Korean won").
/// </summary>
public sealed class UnitNameTable
{
    private readonly Dictionary<string, (string Unit, string? Dimension)> _renames = new(StringComparer.OrdinalIgnoreCase);

    private readonly HashSet<string> _commonWords = new(StringComparer.OrdinalIgnoreCase);

    public List<UnitEntry> Additions { get; } = [];

    public bool IsCommonWord(string word) => _commonWords.Contains(word);

    public static UnitNameTable Load(string path)
    {
        var table = new UnitNameTable();
        int lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            if (raw.Length == 0 || raw[0] == '#') continue;
            if (raw[0] == '!')
            {
                table._commonWords.Add(raw[1..].Trim());
                continue;
            }
            var fields = raw.Split('\t');
            if (fields.Length < 2 || fields[0].Length == 0 || fields[1].Length == 0)
                throw new FormatException($"{path}:{lineNumber}: expected name<TAB>unit[<TAB>dimension[<TAB>form]]");
            var dimension = fields.Length > 2 && fields[2].Length > 0 ? fields[2] : null;
            if (fields[0][0] == '+')
            {
                if (dimension is null || fields.Length < 4 || !Enum.TryParse<UnitForm>(fields[3], ignoreCase: true, out var form))
                    throw new FormatException($"{path}:{lineNumber}: an added surface needs unit, dimension and form (word, symbol, prefix)");
                table.Additions.Add(new UnitEntry(fields[0][1..], fields[1], dimension, form, "unit-names.tsv"));
            }
            else if (!table._renames.TryAdd(fields[0], (fields[1], dimension)))
                throw new FormatException($"{path}:{lineNumber}: '{fields[0]}' is named twice");
        }
        return table;
    }

    /// <summary>Our unit and dimension for a source's unit name; Unit is "-" when the unit is left out.</summary>
    public (string Unit, string Dimension) Rename(string sourceName, string sourceDimension) =>
        _renames.TryGetValue(sourceName, out var ours) ? (ours.Unit, ours.Dimension ?? sourceDimension) : (sourceName, sourceDimension);
}
