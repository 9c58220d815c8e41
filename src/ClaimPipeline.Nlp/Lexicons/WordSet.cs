namespace ClaimPipeline.Nlp.Lexicons;

/// <summary>A set of single words, looked up by span without allocating.</summary>
public sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words, bool ignoreCase)
    {
        _words = new HashSet<string>(words, ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordSet Load(string path, bool ignoreCase) =>
        new(LexiconFile.Read(path).Select(l => l[0]), ignoreCase);

    public int Count => _words.Count;

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
