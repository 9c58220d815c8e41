namespace ClaimPipeline.Nlp.Tagging;

/// <summary>
/// Frozen averaged-perceptron weights: one row of class scores per feature hash, in one flat array.
/// Read-only after construction, so one instance serves all threads.
/// </summary>
public sealed class PerceptronModel
{
    private readonly Dictionary<ulong, int> _rows;
    private readonly float[] _weights;

    public PerceptronModel(string[] classes, ulong[] features, float[] weights)
    {
        if (weights.Length != features.Length * classes.Length)
            throw new ArgumentException("weights must hold one row of class scores per feature", nameof(weights));
        Classes = classes;
        Features = features;
        _weights = weights;
        _rows = new Dictionary<ulong, int>(features.Length);
        for (int i = 0; i < features.Length; i++) _rows[features[i]] = i * classes.Length;
    }

    public string[] Classes { get; }
    public ulong[] Features { get; }
    public ReadOnlySpan<float> Weights => _weights;
    public int ClassCount => Classes.Length;

    /// <summary>
    /// A model in which each feature's row also holds the row of its copy made by <paramref name="copyOf"/>.
    /// Scoring the plain features with it gives what scoring the features and their copies gives with this model,
    /// at half the look-ups (used to fix the news domain at load time).
    /// </summary>
    public PerceptronModel WithCopiesMerged(Func<ulong, ulong> copyOf)
    {
        int classes = Classes.Length;
        var merged = _weights.ToArray();
        for (int i = 0; i < Features.Length; i++)
        {
            if (!_rows.TryGetValue(copyOf(Features[i]), out int copy)) continue;
            for (int c = 0; c < classes; c++) merged[i * classes + c] += _weights[copy + c];
        }
        return new PerceptronModel(Classes, Features, merged);
    }

    /// <summary>Adds the rows of <paramref name="features"/> into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        int classes = Classes.Length;
        foreach (var feature in features)
        {
            if (!_rows.TryGetValue(feature, out int row)) continue;
            var weights = _weights.AsSpan(row, classes);
            for (int c = 0; c < classes; c++) scores[c] += weights[c];
        }
    }
}
