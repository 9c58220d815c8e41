using System.Globalization;
using ClaimPipeline.Nlp.Lexicons;

namespace ClaimPipeline.Nlp.Tagging;

/// <summary>
/// k-means clusters of pretrained word vectors (data/models/vector-clusters.tsv: lowercase word, then its cluster
/// at three sizes, small to large; `claims train vector-clusters`, decision 69). The vectors were learned from
/// billions of words, so names the training data never had still fall into a cluster with names it had.
/// </summary>
public sealed class VectorClusters
{
    private readonly WordMap<(int Small, int Middle, int Large)> _clusters;

    /// <summary>Words are looked up ignoring case, as the table holds them lowercased.</summary>
    public VectorClusters(IEnumerable<KeyValuePair<string, (int Small, int Middle, int Large)>> entries) =>
        _clusters = new WordMap<(int, int, int)>(entries, ignoreCase: true);

    public int Count => _clusters.Count;

    /// <summary>Reads the table from spans, as <see cref="WordClusters.Load"/> does: it loads at every start.</summary>
    public static VectorClusters Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LexiconException($"{path}: cannot read lexicon: {e.Message}");
        }
        var entries = new List<KeyValuePair<string, (int, int, int)>>(text.Length / 16);
        int lineNumber = 0;
        Span<Range> fields = stackalloc Range[5];
        Span<int> sizes = stackalloc int[3];
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            if (rawLine.IsEmpty || rawLine[0] == '#') continue;
            // Not trimmed: the table holds punctuation words, and a word is everything before the first tab.
            int count = rawLine.Split(fields, '\t');
            bool ok = count == 4 && !rawLine[fields[0]].IsEmpty;
            for (int k = 0; ok && k < 3; k++)
                ok = int.TryParse(rawLine[fields[k + 1]].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out sizes[k]);
            if (!ok) throw new LexiconException($"{path}:{lineNumber}: expected word and three cluster numbers, tab-separated");
            entries.Add(KeyValuePair.Create(rawLine[fields[0]].ToString(), (sizes[0], sizes[1], sizes[2])));
        }
        return new VectorClusters(entries);
    }

    public bool TryGet(ReadOnlySpan<char> word, out (int Small, int Middle, int Large) clusters)
    {
        if (_clusters.TryGet(word, out clusters)) return true;
        clusters = (-1, -1, -1);
        return false;
    }
}
