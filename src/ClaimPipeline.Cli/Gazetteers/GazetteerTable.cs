using ClaimPipeline.Nlp.Entities;

namespace ClaimPipeline.Cli.Gazetteers;

/// <summary>
/// The phrases gathered from every source with their classes (a <see cref="GazetteerClasses"/> bit mask), after
/// the noise rules of <see cref="PhraseFilter"/>; counts what each source added and dropped, for the report.
/// </summary>
public sealed class GazetteerTable(PhraseFilter filter)
{
    private readonly Dictionary<string, int> _classes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceCount> _bySource = new(StringComparer.Ordinal);

    public sealed class SourceCount
    {
        public int Kept { get; set; }
        public int Dropped { get; set; }
    }

    public PhraseFilter Filter => filter;

    public IReadOnlyDictionary<string, SourceCount> BySource => _bySource;

    public int Count => _classes.Count;

    /// <summary>
    /// Adds <paramref name="phrase"/> with class <paramref name="classBit"/> unless a noise rule drops it;
    /// <paramref name="commonWordsCollide"/> also drops a one-word phrase that is a common English word.
    /// </summary>
    public bool Add(string phrase, int classBit, string source, bool commonWordsCollide = false)
    {
        if (!_bySource.TryGetValue(source, out var count)) _bySource[source] = count = new SourceCount();
        var cleaned = filter.Clean(phrase, commonWordsCollide);
        if (cleaned is null)
        {
            count.Dropped++;
            return false;
        }
        _classes[cleaned] = _classes.GetValueOrDefault(cleaned) | classBit;
        count.Kept++;
        return true;
    }

    /// <summary>The phrases in ordinal order with their class masks.</summary>
    public IEnumerable<KeyValuePair<string, int>> Sorted() => _classes.OrderBy(p => p.Key, StringComparer.Ordinal);

    /// <summary>How many phrases carry each class.</summary>
    public int CountOf(int classBit) => _classes.Values.Count(m => (m & classBit) != 0);
}
