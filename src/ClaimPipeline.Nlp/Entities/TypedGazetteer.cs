using ClaimPipeline.Nlp.Lexicons;
using ClaimPipeline.Nlp.Text;
using ClaimPipeline.Nlp.Tokenization;

namespace ClaimPipeline.Nlp.Entities;

/// <summary>
/// The typed gazetteer table (`claims train gazetteers`): phrase, then its classes (<see cref="GazetteerClasses"/>),
/// matched longest first against a document's tokens, as written or ignoring case (for headlines in capitals).
/// </summary>
public sealed class TypedGazetteer
{
    private readonly PhraseLexicon<int> _exact;
    private readonly PhraseLexicon<int> _ignoringCase;

    private TypedGazetteer(PhraseLexicon<int> exact, PhraseLexicon<int> ignoringCase)
    {
        _exact = exact;
        _ignoringCase = ignoringCase;
    }

    public int Count => _exact.Count;

    /// <summary>Reads the table; a line that is not `phrase TAB classes` or names an unknown class is an error naming its line.</summary>
    public static TypedGazetteer Load(string path, Tokenizer tokenizer)
    {
        var entries = new List<KeyValuePair<string, int>>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t');
            if (tab <= 0) throw new LexiconException($"{path}:{lineNumber}: expected phrase<TAB>classes");
            int mask = 0;
            foreach (var range in line.AsSpan(tab + 1).Split(','))
            {
                var name = line.AsSpan(tab + 1)[range];
                int bit = GazetteerClasses.BitOf(name);
                if (bit == 0) throw new LexiconException($"{path}:{lineNumber}: unknown gazetteer class '{name}'");
                mask |= bit;
            }
            entries.Add(KeyValuePair.Create(line[..tab], mask));
        }
        // Phrases that tokenize alike ("Foo-Bar" and "Foo - Bar") keep the classes of both.
        static int Merge(int a, int b) => a | b;
        return new TypedGazetteer(new PhraseLexicon<int>(entries, ignoreCase: false, tokenizer, Merge),
            new PhraseLexicon<int>(entries, ignoreCase: true, tokenizer, Merge));
    }

    /// <summary>
    /// The longest phrase, as written, that starts at token <paramref name="first"/> and ends before
    /// <paramref name="limit"/>: its token count (0 when none) and its classes.
    /// </summary>
    public int Match(Document document, int first, int limit, out int classMask) =>
        _exact.Match(document, first, limit, out classMask);

    /// <summary>As <see cref="Match"/>, ignoring case: for text written in capitals.</summary>
    public int MatchIgnoringCase(Document document, int first, int limit, out int classMask) =>
        _ignoringCase.Match(document, first, limit, out classMask);
}
