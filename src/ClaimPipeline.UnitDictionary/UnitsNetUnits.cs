using System.Globalization;
using UnitsNet;

namespace ClaimPipeline.UnitDictionary;

/// <summary>
/// Every unit UnitsNet knows, with its English name, plural and abbreviations; the dimension is the quantity's name
/// ("Length" → length, "Duration" → time). Quantities common in news come first, so that an abbreviation two
/// quantities share ("m", "h") goes to the common one.
/// </summary>
public static class UnitsNetUnits
{
    private static readonly string[] NewsFirst =
    [
        "Length", "Mass", "Duration", "Volume", "Area", "Speed", "Temperature", "Power", "Energy", "Information",
        "BitRate", "Frequency", "Pressure", "Force", "Torque", "Ratio", "VolumeFlow", "Density", "Acceleration",
    ];

    private static readonly Dictionary<string, string> Dimensions = new(StringComparer.Ordinal)
    {
        ["Duration"] = "time", ["Information"] = "data storage", ["BitRate"] = "data transfer rate", ["Ratio"] = "ratio",
        ["VolumeFlow"] = "volumetric flow", ["ElectricCurrent"] = "current", ["ElectricPotential"] = "electric potential",
    };

    public static IEnumerable<UnitEntry> Read(UnitNameTable names)
    {
        var english = CultureInfo.GetCultureInfo("en-US");
        var abbreviations = UnitsNetSetup.Default.UnitAbbreviations;
        var quantities = Quantity.Infos
            .OrderBy(q => Array.IndexOf(NewsFirst, q.Name) is var i && i >= 0 ? i : NewsFirst.Length)
            .ThenBy(q => q.Name, StringComparer.Ordinal);
        foreach (var quantity in quantities)
        {
            var dimension = Dimensions.GetValueOrDefault(quantity.Name) ?? UnitSpelling.Words(quantity.Name);
            foreach (var unit in quantity.UnitInfos)
            {
                var (ours, ourDimension) = names.Rename(UnitSpelling.British(UnitSpelling.Words(unit.Name)), dimension);
                if (ours == "-") continue;
                foreach (var word in UnitSpelling.Forms(UnitSpelling.Words(unit.Name)).Append(UnitSpelling.Words(unit.PluralName)))
                    yield return new UnitEntry(word, ours, ourDimension, UnitForm.Word, "UnitsNet");
                foreach (var symbol in abbreviations.GetUnitAbbreviations(quantity.UnitType, Convert.ToInt32(unit.Value, CultureInfo.InvariantCulture), english))
                    yield return new UnitEntry(symbol, ours, ourDimension, UnitForm.Symbol, "UnitsNet");
            }
        }
    }
}
