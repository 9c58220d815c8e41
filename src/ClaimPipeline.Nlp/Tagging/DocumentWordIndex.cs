using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Nlp.Tagging;

/// <summary>
/// Where each capitalised word form occurs in one document, and which word forms the document also writes in
/// lowercase: the evidence a reader uses to tell "Such" the bowler from "such", and "Duran" the boxer in a
/// sentence that says little from the sentence that named him in full (non-local features, after Ratinov and
/// Roth 2009). Built once per document and reused while its sentences are tagged.
/// </summary>
public sealed class DocumentWordIndex
{
    /// <summary>At most this many other occurrences lend their context to a token: enough for a name's usual contexts, bounded cost.</summary>
    public const int MaxOccurrences = 6;

    private readonly Dictionary<string, List<int>> _occurrences = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> _occurrenceLookup;
    private readonly HashSet<string> _lowercase = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lowercaseLookup;
    private readonly HashSet<string> _capitalisedInside = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _capitalisedInsideLookup;
    private readonly List<List<int>> _pool = [];
    private int _pooled;

    public DocumentWordIndex()
    {
        _occurrenceLookup = _occurrences.GetAlternateLookup<ReadOnlySpan<char>>();
        _lowercaseLookup = _lowercase.GetAlternateLookup<ReadOnlySpan<char>>();
        _capitalisedInsideLookup = _capitalisedInside.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The document indexed last; a tagger rebuilds the index when it meets another.</summary>
    public Document? Document { get; private set; }

    public void Build(Document document)
    {
        Clear();
        Document = document;
        foreach (var sentence in document.Sentences)
        {
            bool headline = NerFeatures.IsAllCaps(document, sentence); // every word of a headline is capitalised anyway
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var word = document.FoldedToken(t);
                if (word.Length < 2 || !char.IsLetter(word[0])) continue;
                if (char.IsLower(word[0]))
                {
                    if (!_lowercaseLookup.Contains(word)) _lowercase.Add(word.ToString());
                    continue;
                }
                if (!char.IsUpper(word[0])) continue;
                if (!_occurrenceLookup.TryGetValue(word, out var positions))
                {
                    positions = Rent();
                    _occurrences.Add(word.ToString(), positions);
                }
                positions.Add(t);
                if (t > sentence.FirstToken && !headline && !_capitalisedInsideLookup.Contains(word))
                    _capitalisedInside.Add(word.ToString());
            }
        }
    }

    public void Clear()
    {
        Document = null;
        _occurrences.Clear();
        _lowercase.Clear();
        _capitalisedInside.Clear();
        _pooled = 0;
    }

    /// <summary>Token positions of a capitalised word form, in document order (empty for others).</summary>
    public ReadOnlySpan<int> Occurrences(ReadOnlySpan<char> word) =>
        _occurrenceLookup.TryGetValue(word, out var positions) ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(positions) : [];

    /// <summary>Whether the document also writes the word starting in lowercase ("such" for "Such").</summary>
    public bool HasLowercase(ReadOnlySpan<char> word) => _lowercaseLookup.Contains(word);

    /// <summary>Whether the word form is capitalised somewhere other than a sentence's first word or a headline.</summary>
    public bool CapitalisedInside(ReadOnlySpan<char> word) => _capitalisedInsideLookup.Contains(word);

    private List<int> Rent()
    {
        if (_pooled == _pool.Count) _pool.Add(new List<int>(4));
        var list = _pool[_pooled++];
        list.Clear();
        return list;
    }
}
