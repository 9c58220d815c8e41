namespace ClaimPipeline.Nlp.Tagging;

/// <summary>
/// Training-time perceptron with lazily averaged weights: each weight keeps its running total and the step it
/// was last changed at, so an update costs O(features), and <see cref="Freeze"/> returns the average over all steps.
/// </summary>
public sealed class AveragedPerceptron(string[] classes)
{
    private sealed class Row(int classes)
    {
        public readonly float[] Weights = new float[classes];
        public readonly double[] Totals = new double[classes];
        public readonly int[] Stamps = new int[classes];
    }

    private readonly Dictionary<ulong, Row> _rows = [];
    private int _step;

    public string[] Classes { get; } = classes;
    public int FeatureCount => _rows.Count;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            if (!_rows.TryGetValue(feature, out var row)) continue;
            for (int c = 0; c < scores.Length; c++) scores[c] += row.Weights[c];
        }
    }

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int c = 1; c < scores.Length; c++)
            if (scores[c] > scores[best]) best = c;
        return best;
    }

    /// <summary>One training example: rewards the gold class and penalises the predicted one when they differ.</summary>
    public void Update(ReadOnlySpan<ulong> features, int gold, int predicted)
    {
        _step++;
        if (gold == predicted) return;
        foreach (var feature in features)
        {
            if (!_rows.TryGetValue(feature, out var row))
            {
                row = new Row(Classes.Length);
                _rows[feature] = row;
            }
            Change(row, gold, 1f);
            Change(row, predicted, -1f);
        }
    }

    private void Change(Row row, int c, float delta)
    {
        row.Totals[c] += (_step - row.Stamps[c]) * (double)row.Weights[c];
        row.Stamps[c] = _step;
        row.Weights[c] += delta;
    }

    /// <summary>
    /// The averaged weights as a frozen model. Rows whose largest absolute average is below
    /// <paramref name="minWeight"/> are pruned; features come out sorted, so the result is deterministic.
    /// </summary>
    public PerceptronModel Freeze(float minWeight)
    {
        int classes = Classes.Length;
        var keys = new List<ulong>(_rows.Count);
        var weights = new List<float>(_rows.Count * classes);
        var averaged = new float[classes];
        foreach (var key in _rows.Keys.Order())
        {
            var row = _rows[key];
            float max = 0;
            for (int c = 0; c < classes; c++)
            {
                double total = row.Totals[c] + (_step - row.Stamps[c]) * (double)row.Weights[c];
                averaged[c] = _step == 0 ? 0 : (float)(total / _step);
                max = Math.Max(max, Math.Abs(averaged[c]));
            }
            if (max < minWeight || max == 0) continue;
            keys.Add(key);
            weights.AddRange(averaged);
        }
        return new PerceptronModel(Classes, keys.ToArray(), weights.ToArray());
    }
}
