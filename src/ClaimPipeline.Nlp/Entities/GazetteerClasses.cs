namespace ClaimPipeline.Nlp.Entities;

/// <summary>
/// The fixed class vocabulary of the typed gazetteer table (data/models/gazetteers.tsv), one bit each in this order:
/// a phrase's classes are a bit mask. docs/ner-resources.md describes each class.
/// </summary>
public static class GazetteerClasses
{
    public static readonly IReadOnlyList<string> Names =
    [
        "person", "first-name", "last-name", "country", "city", "region", "place", "organization", "company",
        "sports-team", "nationality", "event", "work", "wiki",
    ];

    public const int Person = 1 << 0;
    public const int FirstName = 1 << 1;
    public const int LastName = 1 << 2;
    public const int Country = 1 << 3;
    public const int City = 1 << 4;
    public const int Region = 1 << 5;
    public const int Place = 1 << 6;
    public const int Organization = 1 << 7;
    public const int Company = 1 << 8;
    public const int SportsTeam = 1 << 9;
    public const int Nationality = 1 << 10;
    public const int Event = 1 << 11;
    public const int Work = 1 << 12;
    public const int Wiki = 1 << 13;

    /// <summary>The bit of a class name, or 0 when the name is not in the vocabulary.</summary>
    public static int BitOf(ReadOnlySpan<char> name)
    {
        for (int i = 0; i < Names.Count; i++)
            if (name.SequenceEqual(Names[i])) return 1 << i;
        return 0;
    }

    /// <summary>"city,country": the class names of a mask, sorted ordinally as the table writes them.</summary>
    public static string Format(int mask) => string.Join(',',
        Enumerable.Range(0, Names.Count).Where(i => (mask & (1 << i)) != 0).Select(i => Names[i]).Order(StringComparer.Ordinal));
}
