using System.Globalization;
using ClaimPipeline.Nlp.Lexicons;

namespace ClaimPipeline.Nlp.Tagging;

/// <summary>
/// Word classes learned from unlabeled news (data/models/clusters.tsv: word, class by the words that follow it,
/// class by the words that precede it, and how often the word's lowercase form is written capitalised inside a
/// sentence, in five buckets 0..4). Words that behave alike share a class, which lets the recognizer generalise
/// from names it saw in training to names it did not; a word usually capitalised mid-sentence is likely a name.
/// </summary>
public sealed class WordClusters
{
    private readonly WordMap<(int Right, int Left, int Capitalized)> _classes;

    public WordClusters(IEnumerable<KeyValuePair<string, (int Right, int Left, int Capitalized)>> entries) =>
        _classes = new WordMap<(int, int, int)>(entries, ignoreCase: false);

    public static WordClusters Empty { get; } = new([]);

    public int Count => _classes.Count;

    public static WordClusters Load(string path)
    {
        var entries = new List<KeyValuePair<string, (int, int, int)>>();
        foreach (var line in LexiconFile.Read(path, minFields: 4))
        {
            if (!int.TryParse(line[1], NumberStyles.None, CultureInfo.InvariantCulture, out int right)
                || !int.TryParse(line[2], NumberStyles.None, CultureInfo.InvariantCulture, out int left)
                || !int.TryParse(line[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int capitalized))
                throw new LexiconException($"{path}:{line.LineNumber}: expected word, right class, left class and capitalisation bucket");
            entries.Add(KeyValuePair.Create(line[0], (right, left, capitalized)));
        }
        return new WordClusters(entries);
    }

    public bool TryGet(ReadOnlySpan<char> word, out int right, out int left, out int capitalized)
    {
        if (_classes.TryGet(word, out var classes))
        {
            (right, left, capitalized) = classes;
            return true;
        }
        right = left = capitalized = -1;
        return false;
    }
}
