namespace ClaimPipeline.Claims.Evaluation;

/// <summary>
/// Scores predicted quantities against gold ones, sentence by sentence. Each measure pairs a predicted quantity
/// with at most one gold quantity, in order of appearance: "value" needs equal values (ranges as low and high),
/// "value+unit" also the same normalized unit, "value+change" also the same change (= ~ &gt; &lt; up down).
/// </summary>
public sealed class QuantityScorer
{
    public QuantityMatch Value { get; } = new();
    public QuantityMatch ValueUnit { get; } = new();
    public QuantityMatch ValueChange { get; } = new();
    public int Sentences { get; private set; }

    /// <summary>The predicted quantities' confidence against whether the value measure matched them.</summary>
    public ConfidenceCalibration Calibration { get; } = new();

    /// <summary>
    /// Adds one sentence and the confidence of each predicted quantity; returns, per predicted quantity, whether the
    /// value measure matched it to a gold one.
    /// </summary>
    public bool[] Add(IReadOnlyList<QuantityValue> gold, IReadOnlyList<QuantityValue> predicted, IReadOnlyList<double> confidences)
    {
        Add(gold, predicted);
        var correct = ValueMatches(gold, predicted);
        for (int p = 0; p < predicted.Count; p++) Calibration.Add(confidences[p], correct[p]);
        return correct;
    }

    /// <summary>Per predicted quantity, whether it is paired with a gold one of the same value, as the value measure pairs them.</summary>
    public static bool[] ValueMatches(IReadOnlyList<QuantityValue> gold, IReadOnlyList<QuantityValue> predicted)
    {
        var used = new bool[gold.Count];
        var matched = new bool[predicted.Count];
        for (int p = 0; p < predicted.Count; p++)
            for (int g = 0; g < gold.Count; g++)
            {
                if (used[g] || !gold[g].SameValue(predicted[p])) continue;
                used[g] = matched[p] = true;
                break;
            }
        return matched;
    }

    /// <summary>Adds one sentence; returns, per gold quantity, whether the value measure matched it.</summary>
    public bool[] Add(IReadOnlyList<QuantityValue> gold, IReadOnlyList<QuantityValue> predicted)
    {
        Sentences++;
        var matched = Count(Value, gold, predicted, static (g, p) => g.SameValue(p));
        Count(ValueUnit, gold, predicted, static (g, p) => g.SameValue(p) && g.SameUnit(p));
        Count(ValueChange, gold, predicted, static (g, p) => g.SameValue(p) && g.Change == p.Change);
        return matched;
    }

    private static bool[] Count(QuantityMatch counts, IReadOnlyList<QuantityValue> gold, IReadOnlyList<QuantityValue> predicted,
        Func<QuantityValue, QuantityValue, bool> same)
    {
        counts.Gold += gold.Count;
        counts.Predicted += predicted.Count;
        var used = new bool[gold.Count];
        foreach (var p in predicted)
        {
            for (int g = 0; g < gold.Count; g++)
            {
                if (used[g] || !same(gold[g], p)) continue;
                used[g] = true;
                counts.Matched++;
                break;
            }
        }
        return used;
    }
}
