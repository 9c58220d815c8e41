using ClaimPipeline.Nlp.Entities;

namespace ClaimPipeline.Cli.Gazetteers;

/// <summary>
/// Named instances of Debian's wordnet-base (WordNet 3.0): the synsets of data.noun with an instance-hypernym
/// pointer ("@i": Paris is an instance of city), typed by the nearest class synset among their hypernyms. A
/// person's names of two words or more are person; a one-word name of the same synset that ends one of them
/// ("Einstein" beside "Albert Einstein") is last-name, any other one-word name (Plato) person. A capitalised
/// adjective of data.adj that pertains to a named place ("French": France, "Texan": Texas) or to a capitalised kind
/// of person ("Nigerian": a Nigerian) is nationality. Also gives the
/// common lowercase English words (every all-lowercase one-word lemma of the four data files) that
/// <see cref="PhraseFilter"/> keeps out of noisy one-word sources.
/// </summary>
public static class WordNetSource
{
    private const string Folder = "usr/share/wordnet/";

    /// <summary>The class synsets by offset in WordNet 3.0's data.noun; the nearest one above an instance wins.</summary>
    private static readonly Dictionary<long, int> ClassOfSynset = new()
    {
        [00007846] = GazetteerClasses.Person,        // person, individual
        [08524735] = GazetteerClasses.City,          // city, metropolis
        [08665504] = GazetteerClasses.City,          // town
        [08168978] = GazetteerClasses.Country,       // state, nation, country
        [08544813] = GazetteerClasses.Country,       // country, state, land (the territory)
        [08654360] = GazetteerClasses.Region,        // state, province
        [08491826] = GazetteerClasses.Region,        // administrative district
        [09287968] = GazetteerClasses.Place,         // geological formation (mountains, valleys)
        [09225146] = GazetteerClasses.Place,         // body of water (rivers, seas, lakes)
        [09316454] = GazetteerClasses.Place,         // island
        [09254614] = GazetteerClasses.Place,         // continent
        [08630985] = GazetteerClasses.Place,         // region (a geographic area)
        [08058098] = GazetteerClasses.Company,       // company (a business)
        [08061042] = GazetteerClasses.Company,       // business, concern
        [08008335] = GazetteerClasses.Organization,  // organization
        [00973077] = GazetteerClasses.Event,         // war
        [00953559] = GazetteerClasses.Event,         // battle
    };

    public static HashSet<string> CommonWords(PackageFiles files)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in (string[])["noun", "verb", "adj", "adv"])
            foreach (var synset in Synsets(files, part))
                foreach (var lemma in synset.Lemmas)
                    if (!lemma.Contains(' ') && lemma.All(c => !char.IsUpper(c))) words.Add(lemma);
        return words;
    }

    public static void Read(PackageFiles files, GazetteerTable table)
    {
        var synsets = Synsets(files, "noun").ToDictionary(s => s.Offset);
        var source = files.Package.Pinned;
        foreach (var synset in synsets.Values)
        {
            if (synset.Instances.Count == 0)
            {
                ReadNamedGroup(synset, synsets, table, source);
                continue;
            }
            int classBit = ClassOf(synset, synsets);
            if (classBit == 0) continue;
            foreach (var lemma in synset.Lemmas)
            {
                bool oneWord = !lemma.Contains(' ');
                if (classBit == GazetteerClasses.Person && oneWord)
                    table.Add(lemma, synset.Lemmas.Any(l => l.EndsWith(" " + lemma, StringComparison.Ordinal)) ? GazetteerClasses.LastName : GazetteerClasses.Person, source);
                else
                    table.Add(lemma, classBit, source);
            }
        }
        ReadNationalities(files, synsets, table);
    }

    /// <summary>
    /// WordNet files most named organisations as kinds, not instances ("Democratic Party" is a political party):
    /// a synset whose first lemma is capitalised and that is an organisation or company gives its capitalised lemmas.
    /// </summary>
    private static void ReadNamedGroup(WordNetSynset synset, Dictionary<long, WordNetSynset> synsets, GazetteerTable table, string source)
    {
        if (!char.IsUpper(synset.Lemmas[0][0])) return;
        int classBit = ClassOf(synset, synsets, viaHypernyms: true);
        if (classBit is not (GazetteerClasses.Organization or GazetteerClasses.Company)) return;
        foreach (var lemma in synset.Lemmas)
            if (char.IsUpper(lemma[0])) table.Add(lemma, classBit, source, commonWordsCollide: true);
    }

    private const int PlaceClasses = GazetteerClasses.Country | GazetteerClasses.Region | GazetteerClasses.City | GazetteerClasses.Place;

    /// <summary>Capitalised adjectives that pertain to a named place or a capitalised kind of person, as nationality.</summary>
    private static void ReadNationalities(PackageFiles files, Dictionary<long, WordNetSynset> nouns, GazetteerTable table)
    {
        foreach (var adjective in Synsets(files, "adj"))
        {
            bool pertains = adjective.PertainsToNouns.Any(offset => nouns.TryGetValue(offset, out var noun) && (noun.Instances.Count > 0
                ? (ClassOf(noun, nouns) & PlaceClasses) != 0
                : char.IsUpper(noun.Lemmas[0][0]) && ClassOf(noun, nouns, viaHypernyms: true) == GazetteerClasses.Person));
            if (!pertains) continue;
            foreach (var lemma in adjective.Lemmas)
                if (char.IsUpper(lemma[0])) table.Add(lemma, GazetteerClasses.Nationality, files.Package.Pinned);
        }
    }

    /// <summary>The class of the nearest class synset above <paramref name="instance"/>, breadth first; 0 when none.</summary>
    private static int ClassOf(WordNetSynset instance, Dictionary<long, WordNetSynset> synsets, bool viaHypernyms = false)
    {
        var seen = new HashSet<long>();
        var level = new List<long>(viaHypernyms ? instance.Hypernyms : instance.Instances);
        while (level.Count > 0)
        {
            foreach (var offset in level)
                if (ClassOfSynset.TryGetValue(offset, out int classBit)) return classBit;
            var next = new List<long>();
            foreach (var offset in level)
                if (seen.Add(offset) && synsets.TryGetValue(offset, out var synset))
                    next.AddRange(synset.Hypernyms.Concat(synset.Instances));
            level = next;
        }
        return 0;
    }

    private static IEnumerable<WordNetSynset> Synsets(PackageFiles files, string part)
    {
        var name = Folder + "data." + part;
        int lineNumber = 0;
        foreach (var line in files.Text(name).Split('\n'))
        {
            lineNumber++;
            // The licence text heads each file, its lines indented by two spaces.
            if (line.Length == 0 || line[0] == ' ') continue;
            yield return WordNetSynset.Parse(line) ?? throw new GazetteerSourceException($"{files.ArchivePath}: {name}:{lineNumber}: not a WordNet synset line");
        }
    }
}
