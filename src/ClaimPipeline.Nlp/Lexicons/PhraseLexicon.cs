using ClaimPipeline.Nlp.Text;
using ClaimPipeline.Nlp.Tokenization;

namespace ClaimPipeline.Nlp.Lexicons;

/// <summary>
/// Multi-word entries ("The New York Times", "according to") matched against a document's tokens, longest first.
/// Entries are tokenized with the pipeline's own tokenizer, so "U.S." or "al-Qaeda" match as the pipeline sees them.
/// </summary>
public sealed class PhraseLexicon<T>
{
    private readonly Dictionary<string, T> _phrases;
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordMap<int> _maxTokensByFirstWord;

    public PhraseLexicon(IEnumerable<KeyValuePair<string, T>> entries, bool ignoreCase, Tokenizer tokenizer)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        _phrases = new Dictionary<string, T>(comparer);
        var maxTokens = new Dictionary<string, int>(comparer);
        var buffer = new List<TokenSpan>();
        foreach (var (phrase, value) in entries)
        {
            buffer.Clear();
            var folded = Normalization.TextFolder.Fold(phrase);
            tokenizer.Tokenize(folded, buffer);
            if (buffer.Count == 0) continue;
            var key = string.Join(' ', buffer.Select(t => folded[t.Start..t.End]));
            _phrases.TryAdd(key, value);
            var first = folded[buffer[0].Start..buffer[0].End];
            maxTokens[first] = Math.Max(maxTokens.GetValueOrDefault(first), buffer.Count);
        }
        _lookup = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _maxTokensByFirstWord = new WordMap<int>(maxTokens, ignoreCase);
    }

    public int Count => _phrases.Count;

    /// <summary>Looks up one entry by its text, tokens joined by single spaces ("per cent", "mbps").</summary>
    public bool TryGet(ReadOnlySpan<char> phrase, out T value) => _lookup.TryGetValue(phrase, out value!);

    /// <summary>
    /// The longest entry that starts at token <paramref name="first"/> and ends before <paramref name="limit"/>.
    /// Returns the token count matched (0 when none).
    /// </summary>
    public int Match(Document document, int first, int limit, out T value)
    {
        value = default!;
        if (!_maxTokensByFirstWord.TryGet(document.FoldedToken(first), out int maxTokens)) return 0;
        int longest = Math.Min(maxTokens, limit - first);
        Span<char> stack = stackalloc char[256];
        for (int count = longest; count >= 1; count--)
        {
            var key = JoinTokens(document, first, count, stack);
            if (key.Length > 0 && _lookup.TryGetValue(key, out var found))
            {
                value = found;
                return count;
            }
        }
        return 0;
    }

    private static ReadOnlySpan<char> JoinTokens(Document document, int first, int count, Span<char> buffer)
    {
        int length = 0;
        for (int k = 0; k < count; k++)
        {
            var token = document.FoldedToken(first + k);
            int needed = token.Length + (k > 0 ? 1 : 0);
            if (length + needed > buffer.Length) return [];
            if (k > 0) buffer[length++] = ' ';
            token.CopyTo(buffer[length..]);
            length += token.Length;
        }
        return buffer[..length];
    }

    public bool TryGet(string phrase, out T value) => _phrases.TryGetValue(phrase, out value!);

    public IEnumerable<KeyValuePair<string, T>> Entries => _phrases;

}
