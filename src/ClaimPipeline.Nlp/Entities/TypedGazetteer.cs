using ClaimPipeline.Nlp.Lexicons;
using ClaimPipeline.Nlp.Normalization;
using ClaimPipeline.Nlp.Tagging;
using ClaimPipeline.Nlp.Text;
using ClaimPipeline.Nlp.Tokenization;

namespace ClaimPipeline.Nlp.Entities;

/// <summary>
/// The typed gazetteer table (`claims train gazetteers`): phrase, then its classes (<see cref="GazetteerClasses"/>),
/// matched longest first against a document's tokens, as written or ignoring case (for headlines in capitals).
/// Phrases are kept as hashes of their tokens, not as strings: the table has some 80,000 phrases, and the
/// recognizer loads it at every start, so the hashes keep loading fast and the memory small.
/// </summary>
public sealed class TypedGazetteer
{
    private readonly Index _exact = new();
    private readonly Index _ignoringCase = new();

    public int Count => _exact.Phrases.Count;

    /// <summary>Reads the table; a line that is not `phrase TAB classes` or names an unknown class is an error naming its line.</summary>
    public static TypedGazetteer Load(string path, Tokenizer tokenizer)
    {
        var gazetteer = new TypedGazetteer();
        var tokens = new List<TokenSpan>();
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
            var folded = TextFolder.Fold(line[..tab]);
            tokens.Clear();
            tokenizer.Tokenize(folded, tokens);
            if (tokens.Count == 0 || tokens.Count > MaxTokens) continue;
            // Phrases that tokenize alike ("Foo-Bar" and "Foo - Bar") keep the classes of both.
            gazetteer._exact.Add(folded, tokens, mask, ignoreCase: false);
            gazetteer._ignoringCase.Add(folded, tokens, mask, ignoreCase: true);
        }
        return gazetteer;
    }

    /// <summary>Phrases longer than this many tokens are not kept.</summary>
    public const int MaxTokens = 12;

    /// <summary>
    /// The longest phrase, as written, that starts at token <paramref name="first"/> and ends before
    /// <paramref name="limit"/>: its token count (0 when none) and its classes.
    /// </summary>
    public int Match(Document document, int first, int limit, out int classMask) =>
        _exact.Match(document, first, limit, ignoreCase: false, out classMask);

    /// <summary>As <see cref="Match"/>, ignoring case: for text written in capitals.</summary>
    public int MatchIgnoringCase(Document document, int first, int limit, out int classMask) =>
        _ignoringCase.Match(document, first, limit, ignoreCase: true, out classMask);

    /// <summary>Phrase hashes with their classes, and per first word the most tokens a phrase starting with it has.</summary>
    private sealed class Index
    {
        public readonly Dictionary<ulong, int> Phrases = [];
        private readonly Dictionary<ulong, int> _longestByFirstWord = [];

        public void Add(string text, List<TokenSpan> tokens, int mask, bool ignoreCase)
        {
            ulong key = FeatureHash.Empty;
            for (int k = 0; k < tokens.Count; k++) key = Next(key, text.AsSpan(tokens[k].Start, tokens[k].Length), ignoreCase);
            Phrases[key] = Phrases.GetValueOrDefault(key) | mask;
            ulong first = Next(FeatureHash.Empty, text.AsSpan(tokens[0].Start, tokens[0].Length), ignoreCase);
            _longestByFirstWord[first] = Math.Max(_longestByFirstWord.GetValueOrDefault(first), tokens.Count);
        }

        public int Match(Document document, int first, int limit, bool ignoreCase, out int classMask)
        {
            classMask = 0;
            ulong key = Next(FeatureHash.Empty, document.FoldedToken(first), ignoreCase);
            if (!_longestByFirstWord.TryGetValue(key, out int longest)) return 0;
            int end = Math.Min(limit, first + longest), matched = 0;
            for (int t = first; t < end; t++)
            {
                if (t > first) key = Next(key, document.FoldedToken(t), ignoreCase);
                if (Phrases.TryGetValue(key, out int mask))
                {
                    matched = t - first + 1;
                    classMask = mask;
                }
            }
            return matched;
        }
    }

    private static ulong Next(ulong hash, ReadOnlySpan<char> word, bool ignoreCase) =>
        ignoreCase ? FeatureHash.AddLower(hash, word) : FeatureHash.Add(hash, word);
}
