using ClaimPipeline.Nlp.Pipeline;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Nlp.Tagging;

/// <summary>The "pos" stage: tags every token with a universal part of speech from the trained model.</summary>
public sealed class PosTagger(SequenceTagger tagger) : IStage
{
    public static PosFeatures FeatureSet { get; } = new();

    public string Name => "pos";

    /// <summary>The layers the stage needs and adds; static, so that a config loaded without the model checks its order too.</summary>
    public static IReadOnlyList<Layer> RequiredLayers { get; } = [Layer.Folded, Layer.Tokens, Layer.Sentences];
    public static IReadOnlyList<Layer> ProducedLayers { get; } = [Layer.PartsOfSpeech];

    public IReadOnlyList<Layer> Requires => RequiredLayers;
    public IReadOnlyList<Layer> Reads { get; } = [];
    public IReadOnlyList<Layer> Produces => ProducedLayers;

    public static PosTagger Load(string path) =>
        new(new SequenceTagger(ModelFile.Load(path, FeatureSet.Id).Model, FeatureSet, LabelConstraints.None));

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var tags = new byte[document.Tokens.Length];
        var labels = new int[256];
        var scratch = new TaggingScratch();
        foreach (var sentence in document.Sentences)
        {
            if (labels.Length < sentence.TokenCount) labels = new int[sentence.TokenCount * 2];
            tagger.Tag(document, sentence, labels.AsSpan(0, sentence.TokenCount), scratch);
            for (int i = 0; i < sentence.TokenCount; i++) tags[sentence.FirstToken + i] = (byte)labels[i];
        }
        document.Tags = tags;
        document.TagNames = tagger.Model.Classes;
    }
}
