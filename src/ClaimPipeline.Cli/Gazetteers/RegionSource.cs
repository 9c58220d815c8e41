using System.Text.Json;
using ClaimPipeline.Nlp.Entities;

namespace ClaimPipeline.Cli.Gazetteers;

/// <summary>
/// States, provinces and other first-level subdivisions of npm country-region-data, as region. Names with a
/// comma, parenthesis or slash ("Bonaire, Sint Eustatius and Saba", "Dhaka (Dacca)") are not as running text writes
/// them and are left out; a one-word name that is a common English word is dropped.
/// </summary>
public static class RegionSource
{
    public static void Read(PackageFiles files, GazetteerTable table)
    {
        var source = files.Package.Pinned;
        using var data = Json.Parse(files, "data.json");
        if (data.RootElement.ValueKind != JsonValueKind.Array)
            throw new GazetteerSourceException($"{files.ArchivePath}: data.json: not an array of countries");
        foreach (var country in data.RootElement.EnumerateArray())
        {
            if (!country.TryGetProperty("regions", out var regions) || regions.ValueKind != JsonValueKind.Array) continue;
            foreach (var region in regions.EnumerateArray())
            {
                var name = Json.String(region, "name");
                if (name.IndexOfAny([',', '(', '/']) < 0) table.Add(name, GazetteerClasses.Region, source, commonWordsCollide: true);
            }
        }
    }
}
