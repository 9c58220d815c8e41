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
