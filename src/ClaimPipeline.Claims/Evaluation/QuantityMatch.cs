namespace ClaimPipeline.Claims.Evaluation;

/// <summary>Counts of one measure of `eval numbers` (value, value+unit or value+change).</summary>
public sealed class QuantityMatch
{
    public int Gold { get; internal set; }
    public int Predicted { get; internal set; }
    public int Matched { get; internal set; }

    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
