using System.Text;
using System.Text.Json;
using ClaimPipeline.Nlp.Entities;

namespace ClaimPipeline.Cli.Gazetteers;

/// <summary>
/// The typed word lists of npm compromise's lexicon (an object of tag → packed list in
/// src/2-two/preTagger/model/lexicon/_data.js) and the popular Wikipedia titles of compromise-wikipedia (one
/// packed list in src/_model.js). Both store lowercase only: the phrases are capitalised by <see cref="TitleCase"/>.
/// Tags of two classes at once ("Person|Place": "jackson") are left out as ambiguous.
/// </summary>
public static class CompromiseSources
{
    public const string LexiconFile = "src/2-two/preTagger/model/lexicon/_data.js";
    public const string WikipediaFile = "src/_model.js";

    private static readonly Dictionary<string, int> ClassOfTag = new(StringComparer.Ordinal)
    {
        ["FirstName"] = GazetteerClasses.FirstName,
        ["MaleName"] = GazetteerClasses.FirstName,
        ["FemaleName"] = GazetteerClasses.FirstName,
        ["LastName"] = GazetteerClasses.LastName,
        ["Person"] = GazetteerClasses.Person,
        ["Country"] = GazetteerClasses.Country,
        ["City"] = GazetteerClasses.City,
        ["Region"] = GazetteerClasses.Region,
        ["Place"] = GazetteerClasses.Place,
        ["Organization"] = GazetteerClasses.Organization,
        ["SportsTeam"] = GazetteerClasses.SportsTeam,
        ["Demonym"] = GazetteerClasses.Nationality,
    };

    public static void ReadLexicon(PackageFiles files, GazetteerTable table)
    {
        var text = files.Text(LexiconFile);
        // `export default { "Tag": "packed", … }`: the object is JSON.
        int open = text.IndexOf('{'), close = text.LastIndexOf('}');
        if (open < 0 || close < open) throw new GazetteerSourceException($"{files.ArchivePath}: {LexiconFile}: no lexicon object");
        using var lexicon = Json.Parse(Encoding.UTF8.GetBytes(text[open..(close + 1)]), $"{files.ArchivePath}: {LexiconFile}");
        foreach (var tag in lexicon.RootElement.EnumerateObject())
        {
            if (!ClassOfTag.TryGetValue(tag.Name, out int classBit) || tag.Value.ValueKind != JsonValueKind.String) continue;
            foreach (var word in Unpack(tag.Value.GetString()!, files, LexiconFile))
                table.Add(TitleCase.Apply(word), classBit, files.Package.Pinned);
        }
    }

    public static void ReadWikipedia(PackageFiles files, GazetteerTable table)
    {
        var text = files.Text(WikipediaFile);
        // `export default \`packed\``: the list is one template string.
        int open = text.IndexOf('`'), close = text.LastIndexOf('`');
        if (open < 0 || close <= open) throw new GazetteerSourceException($"{files.ArchivePath}: {WikipediaFile}: no packed title list");
        foreach (var title in Unpack(text[(open + 1)..close], files, WikipediaFile))
            table.Add(TitleCase.Apply(title), GazetteerClasses.Wiki, files.Package.Pinned, commonWordsCollide: true);
    }

    private static List<string> Unpack(string packed, PackageFiles files, string name)
    {
        try
        {
            return EfrtTrie.Unpack(packed);
        }
        catch (FormatException e)
        {
            throw new GazetteerSourceException($"{files.ArchivePath}: {name}: {e.Message}");
        }
    }
}
