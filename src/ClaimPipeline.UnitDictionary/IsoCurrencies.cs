using System.Globalization;

namespace ClaimPipeline.UnitDictionary;

/// <summary>
/// ISO 4217 currencies as the operating system's culture data (ICU) gives them through RegionInfo: code, English
/// name and local symbol. The unit is the name's last word ("Malaysian Ringgit" → ringgit, "US Dollar" → dollar), as
/// news annotation writes currencies; the code and the full name are surfaces of it.
/// </summary>
public static class IsoCurrencies
{
    public static IEnumerable<UnitEntry> Read(UnitNameTable names)
    {
        var seen = new HashSet<(string, string)>();
        var regions = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(c => c.Name).Order(StringComparer.Ordinal)
            .Select(name => { try { return new RegionInfo(name); } catch (ArgumentException) { return null; } })
            .OfType<RegionInfo>();
        foreach (var region in regions)
        {
            var code = region.ISOCurrencySymbol;
            var fullName = region.CurrencyEnglishName.ToLowerInvariant();
            if (code.Length != 3 || fullName.Length == 0 || !seen.Add((code, region.CurrencySymbol))) continue;
            var lastWord = fullName[(fullName.LastIndexOf(' ') + 1)..];
            var (unit, dimension) = names.Rename(lastWord, "currency");
            if (unit == "-") continue;
            yield return new UnitEntry(fullName, unit, dimension, UnitForm.Word, "ISO 4217");
            yield return new UnitEntry(UnitSpelling.Plural(fullName), unit, dimension, UnitForm.Word, "ISO 4217");
            yield return new UnitEntry(code, unit, dimension, UnitForm.Prefix, "ISO 4217");
            yield return new UnitEntry(code, unit, dimension, UnitForm.Symbol, "ISO 4217");
            var symbol = region.CurrencySymbol.Trim('\u200B', ' ');
            // One ASCII letter ("P", "K", "E") is too often something else before a number.
            if (symbol.Length > 1 || (symbol.Length == 1 && !char.IsAsciiLetter(symbol[0])))
                yield return new UnitEntry(symbol, unit, dimension, UnitForm.Prefix, "ISO 4217");
            if (!names.IsCommonWord(lastWord))
            {
                yield return new UnitEntry(lastWord, unit, dimension, UnitForm.Word, "ISO 4217");
                yield return new UnitEntry(UnitSpelling.Plural(lastWord), unit, dimension, UnitForm.Word, "ISO 4217");
            }
        }
    }
}
