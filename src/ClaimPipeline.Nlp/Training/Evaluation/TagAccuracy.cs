namespace ClaimPipeline.Nlp.Training.Evaluation;

/// <summary>Token-level tag accuracy accumulated over sentences.</summary>
public sealed class TagAccuracy
{
    public int Correct { get; private set; }

    public int Total { get; private set; }

    /// <summary>0 before anything is added, so an empty run does not divide by zero.</summary>
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    public void Add(string[] gold, string[] predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Length != predicted.Length)
            throw new ArgumentException("Gold and predicted tags must have the same length.", nameof(predicted));

        for (var i = 0; i < gold.Length; i++)
            if (string.Equals(gold[i], predicted[i], StringComparison.Ordinal)) Correct++;
        Total += gold.Length;
    }
}
