using ClaimPipeline.Nlp.Lexicons;
using ClaimPipeline.Nlp.Text;
using ClaimPipeline.Nlp.Tokenization;

namespace ClaimPipeline.Nlp.Entities;

/// <summary>
/// The name lists shared by the entity recognizer and speaker resolution: gazetteer (places, nationalities,
/// organisations, outlets), first names with gender, titles, role nouns, organisation suffixes and stopwords.
/// </summary>
public sealed class NameLexicons
{
    public required PhraseLexicon<GazetteerEntry> Gazetteer { get; init; }

    /// <summary>The gazetteer matched ignoring case, for headlines written in capitals.</summary>
    public required PhraseLexicon<GazetteerEntry> GazetteerIgnoringCase { get; init; }
    public required WordMap<Gender> FirstNames { get; init; }
    /// <summary>Titles written before a name ("President", "Gen.") and honorifics ("Mr").</summary>
    public required WordSet Titles { get; init; }
    /// <summary>Courtesy titles ("Mr", "Ms.") with the gender they mark; they are never a speaker's role.</summary>
    public required WordMap<Gender> Honorifics { get; init; }
    public required WordMap<Gender> RoleHeads { get; init; }
    public required WordSet OrgSuffixes { get; init; }
    public required WordSet Stopwords { get; init; }

    public static NameLexicons Load(NameLexiconPaths paths, Tokenizer tokenizer)
    {
        var gazetteer = new List<KeyValuePair<string, GazetteerEntry>>();
        void AddList(string path, EntityLabel label)
        {
            foreach (var line in LexiconFile.Read(path))
                gazetteer.Add(KeyValuePair.Create(line[0], new GazetteerEntry(label, line[0], false)));
        }
        // Outlets first: "The New York Times" must win over the place "New York" at equal length.
        foreach (var line in LexiconFile.Read(paths.Outlets))
        {
            var entry = new GazetteerEntry(EntityLabel.Org, line[0], true);
            gazetteer.Add(KeyValuePair.Create(line[0], entry));
            foreach (var alias in line[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                gazetteer.Add(KeyValuePair.Create(alias, entry));
        }
        AddList(paths.Organizations, EntityLabel.Org);
        AddList(paths.Places, EntityLabel.Loc);
        AddList(paths.Nationalities, EntityLabel.Norp);

        var titles = new List<string>();
        var roleHeads = new List<KeyValuePair<string, Gender>>();
        var honorifics = new List<KeyValuePair<string, Gender>>();
        foreach (var line in LexiconFile.Read(paths.Roles, minFields: 2))
        {
            switch (line[1].ToUpperInvariant())
            {
                case "NAME_TITLE": titles.Add(line[0]); break;
                case "ROLE_HEAD": roleHeads.Add(KeyValuePair.Create(line[0], ParseGender(line[2]))); break;
                case "HONORIFIC":
                    titles.Add(line[0]);
                    honorifics.Add(KeyValuePair.Create(line[0], ParseGender(line[2])));
                    break;
                default:
                    throw new LexiconException($"{paths.Roles}:{line.LineNumber}: unknown role class '{line[1]}' (NAME_TITLE, HONORIFIC or ROLE_HEAD)");
            }
        }

        return new NameLexicons
        {
            Gazetteer = new PhraseLexicon<GazetteerEntry>(gazetteer, ignoreCase: false, tokenizer),
            GazetteerIgnoringCase = new PhraseLexicon<GazetteerEntry>(gazetteer, ignoreCase: true, tokenizer),
            FirstNames = new WordMap<Gender>(
                LexiconFile.Read(paths.FirstNames, minFields: 2).Select(l => KeyValuePair.Create(l[0], ParseGender(l[1]))),
                ignoreCase: false),
            Titles = new WordSet(titles, ignoreCase: false),
            Honorifics = new WordMap<Gender>(honorifics, ignoreCase: false),
            RoleHeads = new WordMap<Gender>(roleHeads, ignoreCase: true),
            OrgSuffixes = WordSet.Load(paths.OrgSuffixes, ignoreCase: false),
            Stopwords = WordSet.Load(paths.Stopwords, ignoreCase: false),
        };
    }

    public static Gender ParseGender(string code) => code.Trim().ToLowerInvariant() switch
    {
        "m" => Gender.Male,
        "f" => Gender.Female,
        "p" => Gender.Plural,
        _ => Gender.Unknown,
    };
}
