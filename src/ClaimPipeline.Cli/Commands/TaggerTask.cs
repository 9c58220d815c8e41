using ClaimPipeline.Nlp.Entities;
using ClaimPipeline.Nlp.Tagging;
using ClaimPipeline.Nlp.Training;
using ClaimPipeline.Nlp.Training.Corpora;
using ClaimPipeline.Nlp.Training.Evaluation;

namespace ClaimPipeline.Cli.Commands;

/// <summary>What differs between training and evaluating the POS tagger and the entity recognizer.</summary>
public sealed class TaggerTask
{
    private TaggerTask(string name) => Name = name;

    public string Name { get; }
    public bool IsNer => Name == "ner";

    public static TaggerTask Pos { get; } = new("pos");
    public static TaggerTask Ner { get; } = new("ner");

    public static TaggerTask FromName(string name) => name == "ner" ? Ner : Pos;

    /// <summary>Reads corpora into training documents; entity tags are mapped to the CoNLL types, then BILOU.</summary>
    public List<TrainingDocument> Load(IEnumerable<CorpusSource> sources)
    {
        var sentences = sources.SelectMany(s => s.Read());
        if (IsNer) sentences = sentences.Select(s => s with { Tags = BilouTags.FromBio(EntityTypeMap.MapTags(s.Tags)) });
        return TrainingDocument.Group(sentences);
    }

    public string[] Classes(IReadOnlyList<TrainingDocument> documents)
    {
        if (IsNer) return BilouTags.Labels(["PER", "ORG", "LOC", "MISC"]);
        return documents.SelectMany(d => d.Tags).SelectMany(t => t).Distinct().Order(StringComparer.Ordinal).ToArray();
    }

    public ISequenceFeatures Features(NameLexicons? names, WordClusters? clusters, string[] classes) =>
        IsNer ? new NerFeatures(names ?? throw new InvalidOperationException("the entity features need the name lexicons"),
                    clusters ?? WordClusters.Empty, classes)
              : PosTagger.FeatureSet;

    /// <summary>The word classes pipeline.json names for the recognizer; none before `train clusters` made them.</summary>
    public static WordClusters? LoadClusters(Config.PipelineConfig? config) =>
        config?.ClustersPath is { } path && File.Exists(path) ? WordClusters.Load(path) : null;

    /// <summary>The document tagger of a loaded model file (two passes for a two-model recognizer).</summary>
    public DocumentTagger Tagger(IReadOnlyList<PerceptronModel> models, NameLexicons? names, WordClusters? clusters) =>
        IsNer ? ModelEntityRecognizer.Create(models, names ?? throw new InvalidOperationException("the entity features need the name lexicons"),
                    clusters ?? WordClusters.Empty)
              : new DocumentTagger(new SequenceTagger(models[0], PosTagger.FeatureSet, LabelConstraints.None), null, null);

    public LabelConstraints Constraints(string[] classes) => IsNer ? LabelConstraints.Bilou(classes) : LabelConstraints.None;

    /// <summary>Accuracy for POS, exact-span entity F1 (BIO over CoNLL types) for NER.</summary>
    public double Score(DocumentTagger tagger, IReadOnlyList<TrainingDocument> documents, out EntityScores? entities)
    {
        var predicted = TaggerTrainer.TagAll(tagger, documents);
        var gold = documents.SelectMany(d => d.Tags).ToList();
        entities = null;
        if (!IsNer)
        {
            var accuracy = new TagAccuracy();
            for (int i = 0; i < gold.Count; i++) accuracy.Add(gold[i], predicted[i]);
            return accuracy.Accuracy;
        }
        entities = new EntityScores();
        for (int i = 0; i < gold.Count; i++) entities.Add(BilouTags.ToBio(gold[i]), BilouTags.ToBio(predicted[i]));
        return entities.Overall.F1;
    }
}
