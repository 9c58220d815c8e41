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

    /// <summary>
    /// Reads clusters.tsv. It has tens of thousands of lines and loads at every start, so it is parsed from spans
    /// (one string per word, none per field) rather than through <see cref="LexiconFile"/>.
    /// </summary>
    public static WordClusters Load(string path)
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
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.IsEmpty || line[0] == '#') continue;
            int count = line.Split(fields, '\t');
            if (count < 4
                || !int.TryParse(line[fields[1]].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int right)
                || !int.TryParse(line[fields[2]].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int left)
                || !int.TryParse(line[fields[3]].Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int capitalized))
                throw new LexiconException($"{path}:{lineNumber}: expected word, right class, left class and capitalisation bucket");
            entries.Add(KeyValuePair.Create(line[fields[0]].Trim().ToString(), (right, left, capitalized)));
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
