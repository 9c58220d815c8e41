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
