namespace ClaimPipeline.Claims.Evaluation;

/// <summary>Match counts of one subset (direct quotes, or all attributions) at one coverage threshold.</summary>
public sealed class AttributionCounts
{
    public int Gold { get; internal set; }
    public int GoldMatched { get; internal set; }
    public int Predicted { get; internal set; }
    public int PredictedMatched { get; internal set; }

    /// <summary>Matched gold attributions that name a source, and those whose source the matching claim got right.</summary>
    public int SpeakerScored { get; internal set; }
    public int SpeakerCorrect { get; internal set; }

    /// <summary>The same two counts per rule of the matching claim, for error analysis.</summary>
    public SortedDictionary<string, (int Scored, int Correct)> SpeakerByRule { get; } = new(StringComparer.Ordinal);

    public double Precision => Predicted == 0 ? 0 : (double)PredictedMatched / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)GoldMatched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double SpeakerAccuracy => SpeakerScored == 0 ? 0 : (double)SpeakerCorrect / SpeakerScored;
}
