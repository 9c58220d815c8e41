namespace ClaimPipeline.Cli.Output;

/// <summary>
/// How alike two articles of a batch are as reports of one event: TF-IDF cosine over the names (capitalised words
/// not opening a sentence) in their claims' evidence sentences, which the rows carry, computed when first asked
/// for a pair. Names, not all words: in a small batch every function word is in every article.
/// </summary>
internal sealed class ArticleSimilarity
{
    private readonly List<Dictionary<string, double>> _vectors;
    private readonly Dictionary<(int, int), double> _cache = [];

    public ArticleSimilarity(List<List<ClaimRow>> articles)
    {
        var counts = new List<Dictionary<string, int>>(articles.Count);
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rows in articles)
        {
            // Each evidence sentence once: a sentence with three claims is not three times as telling.
            var names = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var sentence in rows.Select(r => r.Sentence).Distinct()) AddNames(sentence, names);
            foreach (var name in names.Keys) frequency[name] = frequency.GetValueOrDefault(name) + 1;
            counts.Add(names);
        }
        // Smoothed, so that in a batch of two articles the names both share still count.
        _vectors = counts.Select(c => Corroboration.Weigh(c, frequency, articles.Count, floor: 1)).ToList();
    }

    private static void AddNames(string sentence, Dictionary<string, int> names)
    {
        bool first = true;
        int i = 0;
        while (i < sentence.Length)
        {
            if (!char.IsLetter(sentence[i]))
            {
                if (sentence[i] is '.' or '!' or '?' or '\n') first = true;
                i++;
                continue;
            }
            int start = i;
            while (i < sentence.Length && char.IsLetter(sentence[i])) i++;
            if (!first && char.IsUpper(sentence[start]) && i - start > 1)
            {
                var name = sentence[start..i].ToLowerInvariant();
                names[name] = names.GetValueOrDefault(name) + 1;
            }
            first = false;
        }
    }

    public double Between(int a, int b)
    {
        var key = a < b ? (a, b) : (b, a);
        if (!_cache.TryGetValue(key, out var cosine)) _cache[key] = cosine = Corroboration.Cosine(_vectors[a], _vectors[b]);
        return cosine;
    }
}
