namespace ClaimPipeline.Nlp.Tagging;

/// <summary>
/// Frozen averaged-perceptron weights: one row of class scores per feature hash, in one flat array.
/// Read-only after construction, so one instance serves all threads.
/// </summary>
public sealed class PerceptronModel
{
    private readonly PackedWeights _packed;
    private float[]? _weights; // loaded models keep only the packed table; the floats are made when asked for
    private FeatureTable? _rows; // float rows by feature, only for merging domain copies at training time

    public PerceptronModel(string[] classes, ulong[] features, float[] weights)
    {
        if (weights.Length != features.Length * classes.Length)
            throw new ArgumentException("weights must hold one row of class scores per feature", nameof(weights));
        Classes = classes;
        Features = features;
        _weights = weights;
        _packed = new PackedWeights(features, weights, classes.Length);
    }

    /// <summary>A model whose weights were written straight into <paramref name="packed"/> (as when loaded from a file).</summary>
    public PerceptronModel(string[] classes, ulong[] features, PackedWeights packed)
    {
        Classes = classes;
        Features = features;
        _packed = packed;
    }

    public string[] Classes { get; }
    public ulong[] Features { get; }
    /// <summary>One row of class weights per feature; for a loaded model, the quantized weights it scores with.</summary>
    public ReadOnlySpan<float> Weights => _weights ??= _packed.Dequantize(Features.Length);
    public int ClassCount => Classes.Length;

    /// <summary>
    /// A model in which each feature's row also holds the row of its copy made by <paramref name="copyOf"/>, and
    /// without the copies that <paramref name="copies"/> (the copy functions of all domains) make. Scoring the
    /// plain features with it gives what scoring the features and their copies gives with this model, at half the
    /// look-ups and half the memory (used to fix the news domain at load time).
    /// </summary>
    public PerceptronModel WithCopiesMerged(Func<ulong, ulong> copyOf, IReadOnlyList<Func<ulong, ulong>> copies)
    {
        int classes = Classes.Length;
        var rows = _rows ??= new FeatureTable(Features, classes);
        var isCopy = new bool[Features.Length];
        foreach (var feature in Features)
            foreach (var copy in copies)
                if (rows.TryGetRow(copy(feature), out int copyRow)) isCopy[copyRow / classes] = true;
        int kept = Features.Length - isCopy.Count(c => c);
        var keys = new ulong[kept];
        var weights = new float[kept * classes];
        int k = 0;
        for (int i = 0; i < Features.Length; i++)
        {
            if (isCopy[i]) continue;
            keys[k] = Features[i];
            var target = weights.AsSpan(k * classes, classes);
            Weights.Slice(i * classes, classes).CopyTo(target);
            if (rows.TryGetRow(copyOf(Features[i]), out int copyRow))
                for (int c = 0; c < classes; c++) target[c] += Weights[copyRow + c];
            k++;
        }
        return new PerceptronModel(Classes, keys, weights);
    }

    /// <summary>The summed weights of <paramref name="features"/> per class, from the packed table (see <see cref="PackedWeights"/>).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores) => _packed.Score(features, scores);
}
