using System.Globalization;
using ClaimPipeline.UnitDictionary;

// Usage: dotnet run --project src/ClaimPipeline.UnitDictionary -- QUANTULUM3_FOLDER UNIT_NAMES_TSV OUT_TSV
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: ClaimPipeline.UnitDictionary QUANTULUM3_FOLDER UNIT_NAMES_TSV OUT_TSV");
    return 2;
}
if (CultureInfo.GetCultures(CultureTypes.SpecificCultures).Length < 100)
{
    Console.Error.WriteLine("unit-dictionary: error: no culture data (install libicu): ISO 4217 currencies come from it");
    return 1;
}
try
{
    var names = UnitNameTable.Load(args[1]);
    var entries = UnitDictionaryBuilder.Merge(names.Additions
        .Concat(Quantulum3Units.Read(args[0], names))
        .Concat(UnitsNetUnits.Read(names))
        .Concat(IsoCurrencies.Read(names)), names.IsCommonWord);
    var temporary = args[2] + ".tmp";
    using (var writer = new StreamWriter(temporary, false, new System.Text.UTF8Encoding(false)))
        UnitDictionaryBuilder.Write(writer, entries,
            "dotnet run -c Release --project src/ClaimPipeline.UnitDictionary -- ../shared/corpora/quantity-specs/quantulum3 data/lexicons/unit-names.tsv data/lexicons/unit-dictionary.tsv");
    File.Move(temporary, args[2], overwrite: true);
    Console.Error.WriteLine($"unit-dictionary: {entries.Count} surfaces of {entries.Select(e => e.Unit).Distinct().Count()} units written to {args[2]}");
    return 0;
}
catch (Exception e) when (e is IOException or FormatException or System.Text.Json.JsonException or UnauthorizedAccessException)
{
    Console.Error.WriteLine("unit-dictionary: error: " + e.Message);
    return 1;
}
