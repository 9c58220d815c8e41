using System.Text.Json;
using ClaimPipeline.Nlp.Entities;

namespace ClaimPipeline.Cli.Gazetteers;

/// <summary>
/// Countries: countries-list's names and aliases ("UAE") as country, its capitals as city, its continents as place;
/// i18n-iso-countries' English names and alternates as country, except the inverted forms of the ISO list
/// ("Korea, Republic of", "Netherlands (Kingdom of the)") that running text never writes.
/// </summary>
public static class CountrySources
{
    public static void ReadCountriesList(PackageFiles files, GazetteerTable table)
    {
        var source = files.Package.Pinned;
        using var countries = Json.Parse(files, "countries.min.json");
        foreach (var country in countries.RootElement.EnumerateObject())
        {
            table.Add(Json.String(country.Value, "name"), GazetteerClasses.Country, source);
            if (country.Value.TryGetProperty("alias", out var aliases))
                foreach (var alias in aliases.EnumerateArray())
                    table.Add(alias.GetString() ?? "", GazetteerClasses.Country, source);
            var capital = Json.String(country.Value, "capital");
            if (capital.Length > 0) table.Add(capital, GazetteerClasses.City, source);
        }
        using var continents = Json.Parse(files, "continents.min.json");
        foreach (var continent in continents.RootElement.EnumerateObject())
            table.Add(continent.Value.GetString() ?? "", GazetteerClasses.Place, source);
    }

    public static void ReadIsoCountries(PackageFiles files, GazetteerTable table)
    {
        var source = files.Package.Pinned;
        using var english = Json.Parse(files, "langs/en.json");
        if (!english.RootElement.TryGetProperty("countries", out var countries) || countries.ValueKind != JsonValueKind.Object)
            throw new GazetteerSourceException($"{files.ArchivePath}: langs/en.json: no \"countries\" object");
        foreach (var country in countries.EnumerateObject())
        {
            var names = country.Value.ValueKind == JsonValueKind.Array
                ? country.Value.EnumerateArray().Select(n => n.GetString() ?? "").ToList()
                : [country.Value.GetString() ?? ""];
            foreach (var name in names)
                if (name.IndexOfAny([',', '(']) < 0) table.Add(name, GazetteerClasses.Country, source);
        }
    }
}
