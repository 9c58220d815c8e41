namespace ClaimPipeline.Nlp.Tagging;

/// <summary>
/// The working arrays of a beam over one sentence: for each token and kept hypothesis, its label and the hypothesis
/// of the token before it came from (so no label sequence is ever copied), the log-probabilities of the kept
/// hypotheses, and the candidates of the next step. Kept in a <see cref="TaggingScratch"/> and reused, so tagging
/// allocates nothing per sentence.
/// </summary>
public sealed class BeamState
{
    /// <summary>Label of hypothesis k at token i: <c>Labels[i * width + k]</c>.</summary>
    public int[] Labels { get; private set; } = [];

    /// <summary>The hypothesis at token i - 1 that hypothesis k at token i extends: <c>Parents[i * width + k]</c>.</summary>
    public int[] Parents { get; private set; } = [];

    public double[] Totals { get; private set; } = [];
    public double[] NextTotals { get; private set; } = [];
    public float[] Scores { get; private set; } = [];
    public float[] FixedScores { get; private set; } = [];
    public ulong[] Features { get; private set; } = [];

    /// <summary>Makes room for <paramref name="width"/> hypotheses over <paramref name="length"/> tokens.</summary>
    public BeamState Ensure(int width, int length, int classes, int maxFeatures)
    {
        if (Labels.Length < width * length)
        {
            Labels = new int[Math.Max(width * length, Labels.Length * 2)];
            Parents = new int[Labels.Length];
        }
        if (Totals.Length < width)
        {
            Totals = new double[width];
            NextTotals = new double[width];
        }
        if (Scores.Length < classes)
        {
            Scores = new float[classes];
            FixedScores = new float[classes];
        }
        if (Features.Length < maxFeatures) Features = new ulong[maxFeatures];
        Array.Clear(Totals);
        return this;
    }
}
