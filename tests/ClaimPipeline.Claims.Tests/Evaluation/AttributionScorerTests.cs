using ClaimPipeline.Claims.Evaluation;
using Xunit;

namespace ClaimPipeline.Claims.Tests.Evaluation;

public class AttributionScorerTests
{


    private const string Text = "\u201CWe will build it,\u201D Mary Stone said. The mayor believes taxes will fall.";

    private static readonly GoldAttribution Quote = new([new TextRange(1, 17)], [new TextRange(20, 30)], Direct: true);
    private static readonly GoldAttribution Belief = new([new TextRange(56, 71)], [new TextRange(37, 46)], Direct: false);

    [Fact]
    public void ClaimCoveringMostOfTheContent_MatchesAtBothThresholds_WithTheSpeakerByMention()
    {
        var scorer = new AttributionScorer();
        scorer.Add(Text, [Quote, Belief], [new PredictedAttribution(new TextRange(1, 17), true, new TextRange(20, 30), "Mary Stone")]);

        Assert.Equal(1, scorer.Direct[0].GoldMatched);
        Assert.Equal(1.0, scorer.Direct[0].F1);
        Assert.Equal(1.0, scorer.Direct[1].F1);
        Assert.Equal(1.0, scorer.Direct[0].SpeakerAccuracy);
        // All attributions: one of two gold found, the one claim is right.
        Assert.Equal(0.5, scorer.All[0].Recall);
        Assert.Equal(1.0, scorer.All[0].Precision);
    }

    [Fact]
    public void ClaimCoveringHalfTheContent_MatchesAt30ButNotAt80()
    {
        var scorer = new AttributionScorer();
        scorer.Add(Text, [Quote], [new PredictedAttribution(new TextRange(1, 9), true, null, null)]);

        Assert.Equal(1, scorer.Direct[0].GoldMatched);
        Assert.Equal(0, scorer.Direct[1].GoldMatched);
        Assert.Equal(0, scorer.Direct[1].PredictedMatched);
        Assert.Equal(1, scorer.DirectWithoutSpeaker);
    }

    [Fact]
    public void ResolvedSpeakerSharingTheSourcesName_IsCorrect_EvenWithoutAnOverlappingMention()
    {
        var byName = new PredictedAttribution(new TextRange(1, 17), true, new TextRange(60, 62), "Stone");
        var wrong = new PredictedAttribution(new TextRange(1, 17), true, new TextRange(60, 62), "Peter Brown");

        Assert.True(AttributionScorer.SameSpeaker(Text, Quote.Source, byName));
        Assert.False(AttributionScorer.SameSpeaker(Text, Quote.Source, wrong));
    }

    [Fact]
    public void ClaimOutsideEveryContent_IsAFalsePositive()
    {
        var scorer = new AttributionScorer();
        scorer.Add(Text, [Quote], [new PredictedAttribution(new TextRange(31, 45), true, null, "Mary Stone")]);

        Assert.Equal(0, scorer.Direct[0].PredictedMatched);
        Assert.Equal(0, scorer.Direct[0].GoldMatched);
        Assert.Equal(0.0, scorer.Direct[0].F1);
    }

    [Fact]
    public void DirectIsDecidedByAQuotationMarkInTheContent()
    {
        Assert.True(GoldAttribution.IsDirect(Text, [new TextRange(0, 5)]));
        Assert.False(GoldAttribution.IsDirect(Text, [new TextRange(56, 71)]));
    }
}
