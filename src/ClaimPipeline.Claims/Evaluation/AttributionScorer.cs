namespace ClaimPipeline.Claims.Evaluation;

/// <summary>
/// Scores predicted quotes and attributions against gold ones the way the SFU Gender Gap Tracker scores quotes:
/// a predicted claim matches a gold attribution when it covers more than a threshold share (30 %, 80 %) of the
/// gold content's characters. Precision counts predicted claims that match some gold attribution, recall gold
/// attributions that some claim matches. Speaker accuracy is over matched gold attributions with a source: the
/// best-covering claim's speaker mention overlaps the gold source, or its resolved speaker is the same name as
/// the source (one's words contain the other's last name word). Accumulates over any number of articles.
/// </summary>
public sealed class AttributionScorer
{
    public static readonly double[] Thresholds = [0.3, 0.8];

    /// <summary>Counts for direct quotes (gold content with a quotation mark; predicted claims marked direct), per threshold.</summary>
    public AttributionCounts[] Direct { get; } = [new(), new()];

    /// <summary>Counts for all attributions (quotes and indirect claims), per threshold.</summary>
    public AttributionCounts[] All { get; } = [new(), new()];

    public int Articles { get; private set; }
    public int DirectPredicted { get; private set; }
    public int DirectWithoutSpeaker { get; private set; }

    /// <summary>The share of predicted direct quotes with no speaker.</summary>
    public double DirectWithoutSpeakerShare => DirectPredicted == 0 ? 0 : (double)DirectWithoutSpeaker / DirectPredicted;

    private readonly ConfidenceCalibration _calibration = new();

    /// <summary>Expected calibration error of the claims' confidence (<see cref="ConfidenceCalibration"/>; correct as <see cref="IsCorrect"/> says).</summary>
    public double CalibrationError => _calibration.Error;

    /// <summary>The share of predicted claims that are correct, which a calibrated confidence averages to.</summary>
    public double ClaimAccuracy => _calibration.Accuracy;
    public double MeanConfidence => _calibration.MeanConfidence;

    public void Add(string text, IReadOnlyList<GoldAttribution> gold, IReadOnlyList<PredictedAttribution> predicted)
    {
        Articles++;
        foreach (var claim in predicted) _calibration.Add(claim.Confidence, IsCorrect(text, gold, claim));
        var goldDirect = gold.Where(g => g.Direct).ToList();
        var predictedDirect = predicted.Where(p => p.Direct).ToList();
        for (int t = 0; t < Thresholds.Length; t++)
        {
            Count(text, goldDirect, predictedDirect, Thresholds[t], Direct[t]);
            Count(text, gold, predicted, Thresholds[t], All[t]);
        }
        DirectPredicted += predictedDirect.Count;
        DirectWithoutSpeaker += predictedDirect.Count(p => string.IsNullOrEmpty(p.Speaker));
    }

    private static void Count(string text, IReadOnlyList<GoldAttribution> gold, IReadOnlyList<PredictedAttribution> predicted,
        double threshold, AttributionCounts counts)
    {
        counts.Gold += gold.Count;
        counts.Predicted += predicted.Count;
        foreach (var claim in predicted)
            if (gold.Any(g => g.CoveredBy(claim.Claim) > threshold)) counts.PredictedMatched++;
        foreach (var attribution in gold)
        {
            PredictedAttribution? best = null;
            double bestCover = threshold;
            foreach (var claim in predicted)
            {
                double cover = attribution.CoveredBy(claim.Claim);
                if (cover > bestCover || (best is null && cover > threshold))
                {
                    best = claim;
                    bestCover = cover;
                }
            }
            if (best is null) continue;
            counts.GoldMatched++;
            if (attribution.Source.Count == 0) continue;
            counts.SpeakerScored++;
            bool correct = SameSpeaker(text, attribution.Source, best);
            if (correct) counts.SpeakerCorrect++;
            var (scored, right) = counts.SpeakerByRule.GetValueOrDefault(best.Rule);
            counts.SpeakerByRule[best.Rule] = (scored + 1, right + (correct ? 1 : 0));
        }
    }

    /// <summary>The claim covers more than 30 % of some gold content and, where that attribution names a source, has its speaker.</summary>
    public static bool IsCorrect(string text, IReadOnlyList<GoldAttribution> gold, PredictedAttribution claim)
    {
        foreach (var attribution in gold)
            if (attribution.CoveredBy(claim.Claim) > Thresholds[0] && (attribution.Source.Count == 0 || SameSpeaker(text, attribution.Source, claim)))
                return true;
        return false;
    }

    /// <summary>The claim's mention overlaps the source, or its resolved speaker and the source share a name word.</summary>
    public static bool SameSpeaker(string text, IReadOnlyList<TextRange> source, PredictedAttribution claim)
    {
        if (claim.Mention is { } mention && source.Any(s => s.Overlap(mention) > 0)) return true;
        if (string.IsNullOrWhiteSpace(claim.Speaker)) return false;
        var speakerWords = NameWords(claim.Speaker);
        foreach (var range in source)
            foreach (var word in NameWords(text.Substring(range.Start, range.Length)))
                if (speakerWords.Contains(word)) return true;
        return false;
    }

    /// <summary>Capitalised words of two letters or more, without possessive endings: the words that name someone.</summary>
    private static HashSet<string> NameWords(string phrase)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in phrase.Split([' ', '\n', '\t', ',', '.', '(', ')', '"', '\u201C', '\u201D'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.EndsWith("'s", StringComparison.Ordinal) || raw.EndsWith("\u2019s", StringComparison.Ordinal) ? raw[..^2] : raw;
            if (word.Length >= 2 && char.IsUpper(word[0]) && !Honorifics.Contains(word)) words.Add(word);
        }
        return words;
    }

    // Courtesy titles and determiners say nothing about who is meant.
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "The", "A", "An",
    };
}
