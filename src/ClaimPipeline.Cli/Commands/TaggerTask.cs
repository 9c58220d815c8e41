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

    /// <summary>
    /// Reads corpora into documents. Entity tags are mapped to the CoNLL types, then BILOU, and each document is
    /// marked with its corpus's news domain.
    /// </summary>
    public List<TrainingDocument> Load(IEnumerable<CorpusSource> sources)
    {
        var documents = new List<TrainingDocument>();
        foreach (var source in sources)
        {
            var sentences = source.Read();
            if (IsNer) sentences = sentences.Select(s => s with { Tags = BilouTags.FromBio(EntityTypeMap.MapTags(s.Tags)) });
            int documentDomain = IsNer ? source.Domain : NewsDomain.None;
            documents.AddRange(TrainingDocument.Group(sentences).Select(d => d with { Domain = documentDomain }));
        }
        return documents;
    }

    public string[] Classes(IReadOnlyList<TrainingDocument> documents)
    {
        if (IsNer) return BilouTags.Labels(["PER", "ORG", "LOC", "MISC"]);
        return documents.SelectMany(d => d.Tags).SelectMany(t => t).Distinct().Order(StringComparer.Ordinal).ToArray();
    }

    public ISequenceFeatures Features(NameLexicons? names, NerResources resources, string[] classes,
        NerFeatureGroups leftOut = NerFeatureGroups.None, NameMemory? memory = null) =>
        IsNer ? new NerFeatures(names ?? throw new InvalidOperationException("the entity features need the name lexicons"), resources, classes)
                  { LeftOut = leftOut, Memory = memory }
              : PosTagger.FeatureSet;

    /// <summary>The word classes pipeline.json names for the recognizer; none before `train clusters` made them.</summary>
    public static WordClusters? LoadClusters(Config.PipelineConfig? config) =>
        config?.ClustersPath is { } path && File.Exists(path) ? WordClusters.Load(path) : null;

    /// <summary>
    /// <see cref="LoadResources"/> for the entity task (the empty set for the tagger), reporting a table that cannot
    /// be read as one error line naming it; false then.
    /// </summary>
    public static bool TryLoadResources(TaggerTask task, Config.PipelineConfig? config, CliConsole console, out NerResources resources)
    {
        try
        {
            resources = task.IsNer ? LoadResources(config) : NerResources.Empty;
            return true;
        }
        catch (Exception e) when (e is Nlp.Lexicons.LexiconException or IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"claims: error: {e.Message}");
            resources = NerResources.Empty;
            return false;
        }
    }

    /// <summary>
    /// The tables pipeline.json names for the recognizer's features: word classes, and the word-vector clusters and
    /// typed gazetteer when it names them. A bad table throws <see cref="Nlp.Lexicons.LexiconException"/>.
    /// </summary>
    public static NerResources LoadResources(Config.PipelineConfig? config) => new(
        LoadClusters(config) ?? WordClusters.Empty,
        config?.VectorClustersPath is { } vectors ? VectorClusters.Load(vectors) : null,
        config?.GazetteersPath is { } gazetteers && config.Tokenizer is { } tokenizer ? TypedGazetteer.Load(gazetteers, tokenizer) : null);

    public LabelConstraints Constraints(string[] classes) => IsNer ? LabelConstraints.Bilou(classes) : LabelConstraints.None;

    /// <summary>
    /// Exact-span entity scores of the pipeline's entity stage itself (model plus its lexicon corrections), with
    /// NORP counted as MISC as the corpora annotate it.
    /// </summary>
    public static double ScoreRecognizer(ModelEntityRecognizer recognizer, IReadOnlyList<TrainingDocument> documents, out EntityScores entities,
        TextWriter? errors = null)
    {
        entities = new EntityScores();
        foreach (var training in documents)
        {
            var document = training.Document;
            recognizer.Process(document, CancellationToken.None);
            var predicted = new string[document.Tokens.Length];
            Array.Fill(predicted, "O");
            foreach (var entity in document.Entities)
            {
                var type = entity.Label switch
                {
                    Nlp.Text.EntityLabel.Person => "PER",
                    Nlp.Text.EntityLabel.Org => "ORG",
                    Nlp.Text.EntityLabel.Loc => "LOC",
                    _ => "MISC",
                };
                for (int t = entity.FirstToken; t < entity.EndToken; t++) predicted[t] = (t == entity.FirstToken ? "B-" : "I-") + type;
            }
            for (int s = 0; s < document.Sentences.Length; s++)
            {
                var sentence = document.Sentences[s];
                var gold = BilouTags.ToBio(training.Tags[s]);
                var guessed = predicted[sentence.FirstToken..sentence.EndToken];
                entities.Add(gold, guessed);
                if (errors is not null) WriteDifferences(errors, document, sentence, gold, guessed);
            }
        }
        return entities.Overall.F1;
    }

    /// <summary>One block per sentence whose spans differ: the sentence, then "-" gold spans missed and "+" spans predicted wrongly.</summary>
    private static void WriteDifferences(TextWriter errors, Nlp.Text.Document document, Nlp.Text.SentenceSpan sentence, string[] gold, string[] predicted)
    {
        var goldSpans = BioSpans.Extract(gold);
        var predictedSpans = BioSpans.Extract(predicted);
        var missed = goldSpans.Except(predictedSpans).ToList();
        var wrong = predictedSpans.Except(goldSpans).ToList();
        if (missed.Count == 0 && wrong.Count == 0) return;
        string Words(int start, int end) => document.Text[document.Tokens[sentence.FirstToken + start].Start..document.Tokens[sentence.FirstToken + end - 1].End];
        errors.WriteLine(Words(0, sentence.TokenCount));
        foreach (var span in missed) errors.WriteLine($"  - {span.Type,-4} {Words(span.Start, span.End)}");
        foreach (var span in wrong) errors.WriteLine($"  + {span.Type,-4} {Words(span.Start, span.End)}");
    }

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
