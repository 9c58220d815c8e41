using ClaimPipeline.Nlp.Pipeline;
using ClaimPipeline.Nlp.Tagging;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Nlp.Entities;

/// <summary>
/// The "entities" stage with a trained model: BILOU tagging with the averaged perceptron, decoded into entity
/// spans. The model knows the CoNLL types (PER, ORG, LOC, MISC); a MISC or LOC name that the nationalities list
/// holds ("Afghans", "Islamist") becomes NORP.
/// </summary>
public sealed class ModelEntityRecognizer : IStage
{
    private readonly DocumentTagger _tagger;
    private readonly NameLexicons _names;
    private readonly EntityLabel?[] _labelOf;

    /// <param name="models">The first-pass model, and optionally the second-pass model (<see cref="NerFeatures"/>).</param>
    public ModelEntityRecognizer(IReadOnlyList<PerceptronModel> models, NameLexicons names, WordClusters clusters)
    {
        _names = names;
        _tagger = Create(models, names, clusters);
        _labelOf = _tagger.Classes.Select(c => c.Length > 2 ? TypeToLabel(c[2..]) : (EntityLabel?)null).ToArray();
    }

    public static DocumentTagger Create(IReadOnlyList<PerceptronModel> models, NameLexicons names, WordClusters clusters)
    {
        var classes = models[0].Classes;
        var first = new SequenceTagger(models[0], new NerFeatures(names, clusters, classes), LabelConstraints.Bilou(classes));
        if (models.Count < 2) return new DocumentTagger(first, null, null);
        var secondFeatures = new NerFeatures(names, clusters, classes, secondPass: true);
        var second = new SequenceTagger(models[1], secondFeatures, LabelConstraints.Bilou(classes));
        return new DocumentTagger(first, second, secondFeatures);
    }

    public static ModelEntityRecognizer Load(string path, NameLexicons names, WordClusters clusters) =>
        new(ModelFile.Load(path, NerFeatures.FeatureSetId).Models, names, clusters);

    public string Name => "entities";
    public Layers Requires => Layers.Sentences;
    public Layers Produces => Layers.Entities;

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var entities = new List<EntitySpan>();
        var classes = _tagger.Classes;
        var labelsPerSentence = _tagger.Tag(document, new TaggingScratch());
        for (int s = 0; s < document.Sentences.Length; s++)
        {
            var sentence = document.Sentences[s];
            var labels = labelsPerSentence[s];
            int start = -1;
            for (int i = 0; i < labels.Length; i++)
            {
                char prefix = classes[labels[i]][0];
                if (prefix is 'B' or 'U' || (prefix is 'I' or 'L' && start < 0)) start = i;
                if (prefix is 'O') start = -1;
                if (prefix is 'L' or 'U' && start >= 0 && _labelOf[labels[i]] is { } label)
                {
                    entities.Add(Make(document, sentence.FirstToken + start, sentence.FirstToken + i + 1, label));
                    start = -1;
                }
            }
        }
        document.Entities = entities.ToArray();
    }

    private EntitySpan Make(Document document, int first, int end, EntityLabel label)
    {
        if (label is EntityLabel.Misc or EntityLabel.Loc
            && _names.Gazetteer.Match(document, first, end, out var entry) == end - first && entry.Label == EntityLabel.Norp)
            label = EntityLabel.Norp;
        return new EntitySpan(first, end, document.Tokens[first].Start, document.Tokens[end - 1].End, label);
    }

    public static EntityLabel? TypeToLabel(string type) => type switch
    {
        "PER" => EntityLabel.Person,
        "ORG" => EntityLabel.Org,
        "LOC" => EntityLabel.Loc,
        "MISC" => EntityLabel.Misc,
        _ => null,
    };
}
