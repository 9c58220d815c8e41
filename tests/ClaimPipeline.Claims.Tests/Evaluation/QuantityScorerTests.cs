using ClaimPipeline.Claims.Evaluation;

namespace ClaimPipeline.Claims.Tests.Evaluation;

public sealed class QuantityScorerTests
{
    private static QuantityValue Q(string value, string unit = "-", string change = "=")
    {
        Assert.True(QuantityValue.TryParseValue(value, out var low, out var high));
        return new QuantityValue(low, high, unit, change);
    }

    [Fact]
    public void Add_MatchesEachGoldOnce_AndScoresUnitAndChangeSeparately()
    {
        var scorer = new QuantityScorer();
        scorer.Add([Q("12", "percent", "up"), Q("4000000000", "dollar"), Q("12", "percent")],
                   [Q("12", "percent", "up"), Q("4000000000", "pound"), Q("7")]);

        Assert.Equal(2, scorer.Value.Matched); // 12 and 4bn; the second gold 12 stays unmatched, 7 is extra
        Assert.Equal(2.0 / 3, scorer.Value.Precision, 6);
        Assert.Equal(2.0 / 3, scorer.Value.Recall, 6);
        Assert.Equal(1, scorer.ValueUnit.Matched);
        Assert.Equal(2, scorer.ValueChange.Matched);
    }

    [Fact]
    public void ValueMatches_PairsEachPredictedWithAtMostOneGold_AndCalibrationCountsThem()
    {
        var gold = new[] { Q("12"), Q("40") };
        var predicted = new[] { Q("12"), Q("12"), Q("40"), Q("7") };
        Assert.Equal([true, false, true, false], QuantityScorer.ValueMatches(gold, predicted));

        var scorer = new QuantityScorer();
        scorer.Add(gold, predicted, [0.9, 0.9, 0.9, 0.9]);
        Assert.Equal(0.5, scorer.Calibration.Accuracy);
        Assert.Equal(0.9, scorer.Calibration.MeanConfidence, 6);
        Assert.Equal(0.4, scorer.Calibration.Error, 6); // one bin: |0.9 - 0.5|
    }

    [Theory]
    [InlineData("0.333", "0.3333333")] // "a third", written with three decimals
    [InlineData("28041-36185", "28041-36185")]
    public void SameValue_AllowsHalfAPercent_AndComparesRangeEnds(string gold, string predicted) =>
        Assert.True(Q(gold).SameValue(Q(predicted)));

    [Theory]
    [InlineData("28041-36185", "28041")]
    [InlineData("100", "101")]
    public void SameValue_RejectsOtherValues(string gold, string predicted) => Assert.False(Q(gold).SameValue(Q(predicted)));

    [Fact]
    public void SameUnit_DashMeansNone() => Assert.True(Q("5", "-").SameUnit(Q("5", "")));
}
