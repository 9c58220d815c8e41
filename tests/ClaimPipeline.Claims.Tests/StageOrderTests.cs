using ClaimPipeline.Nlp.Normalization;
using ClaimPipeline.Nlp.Pipeline;
using ClaimPipeline.Nlp.Tagging;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Claims.Tests;

/// <summary>
/// The claim stages declare everything they read, so an order that would lose part of their input is refused when
/// the pipeline is built. Before issue 16, each of these pipelines was accepted and quietly gave fewer claims or
/// speakers.
/// </summary>
public sealed class StageOrderTests
{
    // The tagger's declarations without its model: only the order is under test.
    private static readonly IStage Pos = new DeclaredStage("pos", PosTagger.RequiredLayers, produces: PosTagger.ProducedLayers);

    private static IStage[] Core => [new Normalizer(), TestStages.Tokenizer, TestStages.Sentences, Pos, TestStages.Entities];

    [Fact]
    public void Numbers_BeforeQuotes_IsRefused_SinceNumbersTakeTheSpeakerOfTheQuoteAroundThem()
    {
        var error = Assert.Throws<PipelineConfigurationException>(() =>
            new TextPipeline([.. Core, ClaimStages.Numbers, ClaimStages.Quotes, ClaimStages.Speakers]));
        Assert.Equal("stage 'numbers' reads quotes, which stage 'quotes' produces only after it; put 'quotes' before 'numbers'", error.Message);
    }

    [Fact]
    public void Speakers_BeforeNumbers_IsRefused_SinceSpeakersNameTheSpeakersOfNumbers()
    {
        var error = Assert.Throws<PipelineConfigurationException>(() =>
            new TextPipeline([.. Core, ClaimStages.Quotes, ClaimStages.Speakers, ClaimStages.Numbers]));
        Assert.Equal("stage 'speakers' reads numbers, which stage 'numbers' produces only after it; put 'numbers' before 'speakers'", error.Message);
    }

    [Theory]
    [InlineData("quotes")]
    [InlineData("numbers")]
    public void AClaimStage_WithoutPartOfSpeechTags_IsRefused(string stage)
    {
        IStage[] withoutPos = [new Normalizer(), TestStages.Tokenizer, TestStages.Sentences, TestStages.Entities];
        IStage claims = stage == "quotes" ? ClaimStages.Quotes : ClaimStages.Numbers;
        var error = Assert.Throws<PipelineConfigurationException>(() => new TextPipeline([.. withoutPos, claims]));
        Assert.Equal($"stage '{stage}' requires part-of-speech tags, which no stage before it produces", error.Message);
    }

    [Fact]
    public void Numbers_WithoutAnyQuotesStage_IsFine_TheyHaveNoQuoteToTakeASpeakerFrom()
    {
        var pipeline = new TextPipeline([.. Core, ClaimStages.Numbers]);
        Assert.Equal("numbers", pipeline.Stages[^1].Name);
    }
}
