using ClaimPipeline.Nlp.Entities;

namespace ClaimPipeline.Nlp.Tagging;

/// <summary>
/// The tables the recognizer's features read besides the name lexicons: word classes from unlabeled news, and
/// optionally clusters of pretrained word vectors and the typed gazetteer. A model is trained with one choice of
/// the optional ones and records it in its feature set id (<see cref="FeatureSetId"/>), so a pipeline that
/// offers other tables refuses it instead of tagging with features the model never saw.
/// </summary>
public sealed record NerResources(WordClusters Clusters, VectorClusters? Vectors = null, TypedGazetteer? Gazetteer = null)
{
    public static NerResources Empty { get; } = new(WordClusters.Empty);

    public string FeatureSetId => NerFeatures.IdFor(Vectors is not null, Gazetteer is not null);
}
