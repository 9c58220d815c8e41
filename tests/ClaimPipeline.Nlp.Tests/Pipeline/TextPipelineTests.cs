using ClaimPipeline.Nlp.Pipeline;
using ClaimPipeline.Nlp.Text;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Nlp.Tests.Pipeline;

/// <summary>Building a pipeline checks every layer a stage declares against the stages before and after it.</summary>
public sealed class TextPipelineTests
{
    private static readonly Layer Marks = new("quotation marks");

    [Fact]
    public void RequiredLayer_ProducedOnlyByALaterStage_IsAnError_NamingBothStages()
    {
        var error = Assert.Throws<PipelineConfigurationException>(() => new TextPipeline(
        [
            new DeclaredStage("finder", requires: [Layer.Tokens, Marks]),
            new DeclaredStage("tokenize", produces: [Layer.Tokens]),
            new DeclaredStage("marks", produces: [Marks]),
        ]));
        Assert.Equal("stage 'finder' requires tokens, which stage 'tokenize' produces only after it; put 'tokenize' before 'finder'", error.Message);
    }

    [Fact]
    public void RequiredLayer_NoStageProduces_IsAnError()
    {
        var error = Assert.Throws<PipelineConfigurationException>(() => new TextPipeline(
        [
            new DeclaredStage("tokenize", produces: [Layer.Tokens]),
            new DeclaredStage("quotes", requires: [Layer.Tokens, Layer.PartsOfSpeech]),
        ]));
        Assert.Equal("stage 'quotes' requires part-of-speech tags, which no stage before it produces", error.Message);
    }

    [Fact]
    public void ALayerTheStageProducesItself_DoesNotCountAsProducedBeforeIt()
    {
        var error = Assert.Throws<PipelineConfigurationException>(() => new TextPipeline(
            [new DeclaredStage("loop", requires: [Marks], produces: [Marks])]));
        Assert.Equal("stage 'loop' requires quotation marks, which no stage before it produces", error.Message);
    }

    [Fact]
    public void OptionalRead_ProducedOnlyByALaterStage_IsAnError_ItWouldBeMissedSilently()
    {
        var error = Assert.Throws<PipelineConfigurationException>(() => new TextPipeline(
        [
            new DeclaredStage("numbers", reads: [Marks]),
            new DeclaredStage("quotes", produces: [Marks]),
        ]));
        Assert.Equal("stage 'numbers' reads quotation marks, which stage 'quotes' produces only after it; put 'quotes' before 'numbers'", error.Message);
    }

    [Fact]
    public void OptionalRead_ThatNoStageProduces_IsFine_AndSoIsOneProducedBefore()
    {
        var reader = new DeclaredStage("numbers", requires: [Layer.Text], reads: [Marks, Layer.PartsOfSpeech]);
        var pipeline = new TextPipeline([new DeclaredStage("quotes", produces: [Marks]), reader]);
        pipeline.Process(new Document("d", "text"));
        Assert.Equal(["d"], reader.Ran);
        Assert.Equal(["quotes", "numbers"], pipeline.Stages.Select(s => s.Name));
    }

    [Fact]
    public void TheText_IsThereBeforeAnyStage()
    {
        var stage = new DeclaredStage("normalize", requires: [Layer.Text], produces: [Layer.Folded]);
        new TextPipeline([stage]).Process(new Document("d", "text"));
        Assert.Equal(["d"], stage.Ran);
    }
}
