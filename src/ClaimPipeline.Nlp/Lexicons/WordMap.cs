namespace ClaimPipeline.Nlp.Lexicons;

/// <summary>A map from single words to values, looked up by span without allocating.</summary>
public sealed class WordMap<T>
{
    private readonly Dictionary<string, T> _map;
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordMap(IEnumerable<KeyValuePair<string, T>> entries, bool ignoreCase)
    {
        _map = new Dictionary<string, T>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var (key, value) in entries) _map.TryAdd(key, value);
        _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _map.Count;

    public bool TryGet(ReadOnlySpan<char> word, out T value) => _lookup.TryGetValue(word, out value!);
}
