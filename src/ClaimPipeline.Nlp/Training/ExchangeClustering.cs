namespace ClaimPipeline.Nlp.Training;

/// <summary>
/// Flat word classes by the exchange algorithm with a predictive class-bigram model: the class of a word should
/// predict the word that follows it. The log-likelihood is Σ N(c,w)·log N(c,w) − Σ N(c)·log N(c) over classes c
/// and following words w; each pass moves every word to the class that raises it most. Deterministic: words are
/// visited in a fixed order and ties keep the current class.
/// </summary>
public static class ExchangeClustering
{
    /// <summary>
    /// <paramref name="sequences"/> hold vocabulary indices (0..vocabularySize-1, or -1 for words outside it).
    /// Returns the class of each vocabulary word. The first words (by index) should be the most frequent.
    /// </summary>
    public static int[] Cluster(IReadOnlyList<int[]> sequences, int vocabularySize, int classes, int passes, Action<int, int>? onPass = null)
    {
        // Successor counts per word (CSR), with the out-of-vocabulary successor as index vocabularySize.
        int columns = vocabularySize + 1;
        var pairCounts = new Dictionary<long, int>();
        var total = new long[vocabularySize];
        foreach (var sequence in sequences)
        {
            for (int i = 0; i + 1 < sequence.Length; i++)
            {
                int v = sequence[i];
                if (v < 0) continue;
                int w = sequence[i + 1] < 0 ? vocabularySize : sequence[i + 1];
                long key = (long)v * columns + w;
                pairCounts[key] = pairCounts.GetValueOrDefault(key) + 1;
                total[v]++;
            }
        }
        var offsets = new int[vocabularySize + 1];
        foreach (var key in pairCounts.Keys) offsets[(int)(key / columns) + 1]++;
        for (int v = 0; v < vocabularySize; v++) offsets[v + 1] += offsets[v];
        var successors = new int[pairCounts.Count];
        var counts = new int[pairCounts.Count];
        var fill = (int[])offsets.Clone();
        foreach (var (key, count) in pairCounts.OrderBy(p => p.Key))
        {
            int v = (int)(key / columns);
            successors[fill[v]] = (int)(key % columns);
            counts[fill[v]] = count;
            fill[v]++;
        }

        var classOf = new int[vocabularySize];
        for (int v = 0; v < vocabularySize; v++) classOf[v] = v % classes;
        var classWord = new int[(long)classes * columns];
        var classTotal = new long[classes];
        for (int v = 0; v < vocabularySize; v++)
        {
            int c = classOf[v];
            classTotal[c] += total[v];
            for (int k = offsets[v]; k < offsets[v + 1]; k++) classWord[(long)c * columns + successors[k]] += counts[k];
        }

        var gains = new double[classes];
        for (int pass = 1; pass <= passes; pass++)
        {
            int moved = 0;
            for (int v = 0; v < vocabularySize; v++)
            {
                if (total[v] == 0) continue;
                int from = classOf[v];
                Move(v, from, -1);
                Array.Clear(gains);
                for (int c = 0; c < classes; c++)
                {
                    double gain = 0;
                    long row = (long)c * columns;
                    for (int k = offsets[v]; k < offsets[v + 1]; k++)
                    {
                        int n = classWord[row + successors[k]];
                        gain += XLogX(n + counts[k]) - XLogX(n);
                    }
                    gains[c] = gain - (XLogX(classTotal[c] + total[v]) - XLogX(classTotal[c]));
                }
                int best = from;
                for (int c = 0; c < classes; c++)
                    if (gains[c] > gains[best] + 1e-9) best = c;
                Move(v, best, +1);
                if (best != from) moved++;
            }
            onPass?.Invoke(pass, moved);
            if (moved == 0) break;
        }
        return classOf;

        void Move(int v, int c, int sign)
        {
            if (sign > 0) classOf[v] = c;
            classTotal[c] += sign * total[v];
            long row = (long)c * columns;
            for (int k = offsets[v]; k < offsets[v + 1]; k++) classWord[row + successors[k]] += sign * counts[k];
        }
    }

    private static double XLogX(double x) => x <= 0 ? 0 : x * Math.Log(x);
}
