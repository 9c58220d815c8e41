using ClaimPipeline.Nlp.Lexicons;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// The dimension of a quantity's unit (length, mass, currency, ratio, count, …; docs/units.md). A unit name can
/// stand for two measures ("pound": "£5" is currency, "5 lb" mass), so the surface written in the quantity decides
/// first; then the unit's own entry (units.tsv's kind, else the dictionary); a counted noun no table knows is a
/// count. A rate joins its parts ("pound per year" → currency per time).
/// </summary>
public sealed class UnitDimensions(
    PhraseLexicon<UnitDictionaryEntry> words, PhraseLexicon<UnitDictionaryEntry> symbols, PhraseLexicon<UnitDictionaryEntry> signs,
    IReadOnlyDictionary<string, string> byUnit, IReadOnlySet<string> ambiguous)
{
    private const string Per = " per ";

    /// <summary>The dimension of <paramref name="unit"/> as written in tokens [first, end) (and the token before, for a currency sign).</summary>
    public string? Of(Document document, string? unit, int first, int end)
    {
        if (unit is null or "-" or "") return null;
        int per = unit.IndexOf(Per, StringComparison.Ordinal);
        if (per < 0) return Written(document, unit, first, end) ?? OfUnit(unit);
        // A rate written as one unit ("mph", "kilometres per hour") has that unit's dimension; otherwise its first part
        // takes the dimension of what is written: "£5.60 an hour" is currency per time, though the dictionary knows a
        // "pound per hour" of mass flow.
        if (Scan(document, unit, first, end) is { } whole) return whole;
        return (Written(document, unit[..per], first, end) ?? OfUnit(unit[..per])) + Per + OfUnit(unit[(per + Per.Length)..]);
    }

    /// <summary>The dimension of <paramref name="unit"/> as written: its only one, or that of the surface in the tokens.</summary>
    private string? Written(Document document, string unit, int first, int end) =>
        ambiguous.Contains(unit) ? Scan(document, unit, first, end) : byUnit.GetValueOrDefault(unit);

    /// <summary>The dimension of the surface of <paramref name="unit"/> written in the tokens, or null.</summary>
    private string? Scan(Document document, string unit, int first, int end)
    {
        for (int t = Math.Max(0, first - 1); t < end; t++)
        {
            if (WrittenInto(document.FoldedToken(t)) is { Length: > 0 } written
                && (symbols.TryGet(written, out var inToken) || words.TryGet(written, out inToken))
                && inToken.Unit == unit)
                return inToken.Dimension;
            if (symbols.Match(document, t, end, out var symbol) > 0 && symbol.Unit == unit) return symbol.Dimension;
            if (signs.Match(document, t, end, out var sign) > 0 && sign.Unit == unit) return sign.Dimension;
            if (words.Match(document, t, end, out var word) > 0 && word.Unit == unit) return word.Dimension;
        }
        return null;
    }

    /// <summary>The unit written after the digits of a token ("10kW" → "kW", "5-mile" → "mile"), or empty.</summary>
    private static ReadOnlySpan<char> WrittenInto(ReadOnlySpan<char> token)
    {
        int k = 0;
        while (k < token.Length && (char.IsAsciiDigit(token[k]) || (k > 0 && token[k] is '.' or ',' or '-'))) k++;
        return k > 0 && k < token.Length ? token[k..] : [];
    }

    /// <summary>The dimension a unit name has on its own: its table entry, or count for a counted noun.</summary>
    public string OfUnit(string unit) => byUnit.TryGetValue(unit, out var dimension) ? dimension : "count";
}
