namespace ClaimPipeline.Cli.Output;

/// <summary>
/// What corroboration compares of one claim, computed once: its TF-IDF vector and norm, its quoted phrases, and its
/// speaker's words (null when it has no speaker, which is compatible with any).
/// </summary>
internal sealed class ClaimFeatures(ClaimRow row, int article, Dictionary<string, double> vector, HashSet<string> quoted, HashSet<string>? speakerWords)
{
    public ClaimRow Row { get; } = row;
    public int Article { get; } = article;
    public Dictionary<string, double> Vector { get; } = vector;
    public HashSet<string> Quoted { get; } = quoted;
    public HashSet<string>? SpeakerWords { get; } = speakerWords;
    public double Norm { get; } = Math.Sqrt(vector.Values.Sum(w => w * w));

    /// <summary>Cosine of two claims' vectors, walking the shorter one.</summary>
    public static double Cosine(ClaimFeatures a, ClaimFeatures b)
    {
        if (a.Norm == 0 || b.Norm == 0) return 0;
        var (small, large) = a.Vector.Count <= b.Vector.Count ? (a.Vector, b.Vector) : (b.Vector, a.Vector);
        double dot = 0;
        foreach (var (word, weight) in small)
            if (large.TryGetValue(word, out var other)) dot += weight * other;
        return dot / (a.Norm * b.Norm);
    }
}
