using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Nlp.Tagging;

/// <summary>
/// The names the training corpora annotate, by type: a gazetteer mined from the gold labels ("Test and County
/// Cricket Board" was an ORG, "Grace Road" a LOC), keyed by a hash of the lowercased words so that it stores no
/// text. Matched longest first from a capitalised word. While training, each document sees only the names found
/// in the other tenths of the training documents (<see cref="Folds"/>), so the model learns how far a match is
/// worth trusting on names it has not seen, as at run time.
/// </summary>
public sealed class NameMemory
{
    public const int Folds = 10;
    public const int MaxTokens = 8;

    private readonly Dictionary<ulong, int[]> _counts = [];
    // The most words a name starting with a given first word has: most capitalised words start no name, or a short one.
    private readonly Dictionary<ulong, int> _longestByFirstWord = [];
    private readonly int _types;
    private readonly int _folds;

    /// <param name="types">The entity types in class order (LOC, MISC, …); counts are kept per fold and type.</param>
    public NameMemory(int types) : this(types, Folds)
    {
    }

    private NameMemory(int types, int folds)
    {
        _types = types;
        _folds = folds;
    }

    public int Count => _counts.Count;
    public int TypeCount => _types;

    /// <summary>Records one gold name of <paramref name="type"/> spanning tokens [first, end) of a training document in <paramref name="fold"/>.</summary>
    public void Add(Document document, int first, int end, int type, int fold)
    {
        if (end - first > MaxTokens || !StartsName(document.FoldedToken(first))) return;
        ulong key = FeatureHash.Empty;
        for (int t = first; t < end; t++) key = FeatureHash.AddLower(key, document.FoldedToken(t));
        NoteFirstWord(FeatureHash.AddLower(FeatureHash.Empty, document.FoldedToken(first)), end - first);
        if (!_counts.TryGetValue(key, out var counts)) _counts[key] = counts = new int[_folds * _types];
        counts[(fold < 0 ? 0 : fold % _folds) * _types + type]++;
    }

    /// <summary>
    /// The memory as a model to store in the recognizer's file: one row per hash, holding for a name each type's
    /// share of its mentions (all tenths together), and in a last column, named "words", the most words of a name
    /// that starts with the word of that hash. Classes are <paramref name="types"/> and "words".
    /// </summary>
    public PerceptronModel ToModel(string[] types)
    {
        var keys = _counts.Keys.Union(_longestByFirstWord.Keys).Order().ToArray();
        int width = _types + 1;
        var weights = new float[keys.Length * width];
        for (int row = 0; row < keys.Length; row++)
        {
            if (_counts.TryGetValue(keys[row], out var counts))
            {
                float all = 0;
                for (int k = 0; k < counts.Length; k++) all += counts[k];
                for (int fold = 0; fold < _folds; fold++)
                    for (int type = 0; type < _types; type++) weights[row * width + type] += counts[fold * _types + type] / all;
            }
            weights[row * width + _types] = _longestByFirstWord.GetValueOrDefault(keys[row]);
        }
        return new PerceptronModel([.. types, "words"], keys, weights);
    }

    /// <summary>A memory read back from <see cref="ToModel"/>: shares in thousandths, all in one tenth.</summary>
    public static NameMemory FromModel(PerceptronModel model)
    {
        int width = model.ClassCount, types = width - 1;
        var memory = new NameMemory(types, folds: 1);
        var weights = model.Weights;
        for (int row = 0; row < model.Features.Length; row++)
        {
            var key = model.Features[row];
            int words = (int)MathF.Round(weights[row * width + types]);
            if (words > 0) memory._longestByFirstWord[key] = words;
            var counts = new int[types];
            int all = 0;
            for (int type = 0; type < types; type++) all += counts[type] = (int)MathF.Round(weights[row * width + type] * 1000);
            if (all > 0) memory._counts[key] = counts;
        }
        return memory;
    }

    /// <summary>
    /// The longest remembered name starting at <paramref name="first"/> and ending before <paramref name="limit"/>,
    /// counting only the folds other than <paramref name="excludeFold"/> (-1: all). Returns its token count (0 when
    /// none), its most frequent type and whether that type had at least four fifths of its mentions.
    /// </summary>
    public int Match(Document document, int first, int limit, int excludeFold, out int type, out bool clear)
    {
        type = -1;
        clear = false;
        if (_counts.Count == 0 || !StartsName(document.FoldedToken(first))) return 0;
        ulong key = FeatureHash.AddLower(FeatureHash.Empty, document.FoldedToken(first));
        if (!_longestByFirstWord.TryGetValue(key, out int most)) return 0;
        int longest = 0;
        int end = Math.Min(limit, first + most);
        Span<int> totals = stackalloc int[_types];
        for (int t = first; t < end; t++)
        {
            if (t > first) key = FeatureHash.AddLower(key, document.FoldedToken(t));
            if (!_counts.TryGetValue(key, out var counts)) continue;
            totals.Clear();
            int all = 0;
            for (int fold = 0; fold < _folds; fold++)
            {
                if (fold == excludeFold) continue;
                for (int k = 0; k < _types; k++)
                {
                    totals[k] += counts[fold * _types + k];
                    all += counts[fold * _types + k];
                }
            }
            if (all == 0) continue;
            int best = 0;
            for (int k = 1; k < _types; k++)
                if (totals[k] > totals[best]) best = k;
            longest = t - first + 1;
            type = best;
            clear = totals[best] * 5 >= all * 4;
        }
        return longest;
    }

    private void NoteFirstWord(ulong firstWord, int words) =>
        _longestByFirstWord[firstWord] = Math.Max(_longestByFirstWord.GetValueOrDefault(firstWord), words);

    private static bool StartsName(ReadOnlySpan<char> word) => word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0]));
}
