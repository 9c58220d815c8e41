namespace ClaimPipeline.Nlp.Training.Evaluation;

/// <summary>Exact-span entity counts for one type (or "ALL"), with precision, recall and F1.</summary>
public sealed record TypeScore(string Type, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
