using System.Text;
using System.Text.RegularExpressions;

namespace ClaimPipeline.UnitDictionary;

/// <summary>
/// Merges the sources into one dictionary: a surface of a form names one unit (the first source in order wins:
/// unit-names.tsv, quantulum3, UnitsNet, ISO 4217) except that a unit's own name beats another unit's surface
/// ("millilitre" is the millilitre, not quantulum3's cubic centimetre), and surfaces that are not units in news text are dropped (one letter as a word, bare digits, common words).
/// </summary>
public static partial class UnitDictionaryBuilder
{
    public static List<UnitEntry> Merge(IEnumerable<UnitEntry> inOrder, Func<string, bool> isCommonWord)
    {
        var all = inOrder.SelectMany(WithPlainPowers).ToList();
        var ownNamesFirst = all.Where(OwnName).Concat(all.Where(e => !OwnName(e)));
        var bySurface = new Dictionary<(string, UnitForm), UnitEntry>();
        foreach (var raw in ownNamesFirst)
        {
            var surface = Spaces().Replace(raw.Surface.Trim(), " ");
            if (!Usable(surface, raw.Form) || (raw.Form == UnitForm.Word && isCommonWord(surface))) continue;
            var key = (raw.Form == UnitForm.Word ? surface.ToLowerInvariant() : surface, raw.Form);
            if (bySurface.ContainsKey(key)) continue;
            // A unit keeps the dimension its surface gives: "£" is the pound of currency, "lb" the pound of mass.
            bySurface.Add(key, raw with { Surface = key.Item1 });
        }
        return bySurface.Values
            .OrderBy(e => e.Form).ThenBy(e => e.Surface, StringComparer.Ordinal).ToList();
    }

    public static void Write(TextWriter writer, IReadOnlyList<UnitEntry> entries, string command)
    {
        writer.Write(Header.Replace("COMMAND", command, StringComparison.Ordinal));
        foreach (var entry in entries)
            writer.Write(new StringBuilder().Append(entry.Surface).Append('\t').Append(entry.Unit).Append('\t')
                .Append(entry.Dimension).Append('\t').Append(entry.Form.ToString().ToLowerInvariant()).Append('\t')
                .Append(entry.Source).Append('\n'));
    }

    /// <summary>"km²" is also written "km2" and "km^2" where a keyboard has no superscripts.</summary>
    private static IEnumerable<UnitEntry> WithPlainPowers(UnitEntry entry)
    {
        yield return entry;
        if (entry.Form != UnitForm.Symbol || entry.Surface.IndexOfAny(['\u00B2', '\u00B3']) < 0) yield break;
        yield return entry with { Surface = entry.Surface.Replace('\u00B2', '2').Replace('\u00B3', '3') };
        yield return entry with { Surface = entry.Surface.Replace("\u00B2", "^2", StringComparison.Ordinal).Replace("\u00B3", "^3", StringComparison.Ordinal) };
    }

    private static bool OwnName(UnitEntry entry) => entry.Form == UnitForm.Word
        && (entry.Surface.Equals(entry.Unit, StringComparison.OrdinalIgnoreCase)
            || entry.Surface.Equals(UnitSpelling.Plural(entry.Unit), StringComparison.OrdinalIgnoreCase));

    private static bool Usable(string surface, UnitForm form)
    {
        if (surface.Length == 0 || surface.Contains('\t') || surface.All(char.IsAsciiDigit)) return false;
        if (form == UnitForm.Word) return surface.Length > 1 && char.IsLetter(surface[0]);
        // Quotation marks (and primes, which the text folder turns into them) close quotes after numbers far more often
        // than they mean inches or feet in news ("lost 3").
        if (surface.All(c => c is '"' or '\'' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2032' or '\u2033')) return false;
        // One letter joined to a number names a unit in news only for these ("5m", "10g", "-5C", "100W", "2L", "24h",
        // "11c"); otherwise it is a name or a scale: "3G" networks (not gauss), "4K" screens, "5K" runs, "3D", "5M".
        if (form == UnitForm.Symbol && surface.Length == 1 && char.IsLetter(surface[0])) return OneLetterUnits.Contains(surface[0]);
        return !surface.Contains(' ') || surface.Length <= 8;
    }

    private const string OneLetterUnits = "mgCFWVLlhtc";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private const string Header =
        "# Unit dictionary of the numbers stage: surface<TAB>unit<TAB>dimension<TAB>form<TAB>source. Generated; do not edit.\n" +
        "# Rebuild: COMMAND\n" +
        "# form: word (after a number, any case), symbol (after a number, exact case), prefix (a currency sign or code\n" +
        "# before a number). Units and dimensions are documented in docs/units.md.\n" +
        "# Sources: UnitsNet 5.75.1 (MIT-0, github.com/angularsen/UnitsNet); quantulum3 common-units.json and\n" +
        "# en_US-units.json at commit 168aef7 (MIT, Copyright (c) 2016 Marco Lagi, 2019 nielstron, github.com/nielstron/quantulum3);\n" +
        "# ISO 4217 currencies from ICU culture data via .NET RegionInfo; data/lexicons/unit-names.tsv (ours).\n";
}
