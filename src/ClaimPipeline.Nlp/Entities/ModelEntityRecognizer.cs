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
    /// <param name="models">The first-pass model, and optionally the second-pass model (<see cref="NerFeatures"/>), of one domain.</param>
    /// <param name="vectors">The word-vector clusters, when the models were trained with them.</param>
    public ModelEntityRecognizer(IReadOnlyList<PerceptronModel> models, NameLexicons names, WordClusters clusters, VectorClusters? vectors = null)
    {
        _names = names;
        _tagger = Create(models, names, clusters, vectors);
        _labelOf = _tagger.Classes.Select(c => c.Length > 2 ? TypeToLabel(c[2..]) : (EntityLabel?)null).ToArray();
    }

    /// <summary>The tagger of one domain's models; documents are tagged with <see cref="TaggingScratch.Domain"/> left at none.</summary>
    public static DocumentTagger Create(IReadOnlyList<PerceptronModel> models, NameLexicons names, WordClusters clusters, VectorClusters? vectors = null)
    {
        var classes = models[0].Classes;
        var first = new SequenceTagger(models[0], new NerFeatures(names, clusters, classes, vectors: vectors), LabelConstraints.Bilou(classes));
        if (models.Count < 2) return new DocumentTagger(first, null, null);
        var secondFeatures = new NerFeatures(names, clusters, classes, secondPass: true, vectors);
        var second = new SequenceTagger(models[1], secondFeatures, LabelConstraints.Bilou(classes));
        return new DocumentTagger(first, second, secondFeatures);
    }

    /// <summary>Loads the passes of one news domain only; the other domains' models are skipped unread.</summary>
    public static ModelEntityRecognizer Load(string path, NameLexicons names, WordClusters clusters, int domain, VectorClusters? vectors = null) =>
        new(LoadModels(path, domain, vectors is not null), names, clusters, vectors);

    /// <summary>The passes of one news domain from a recognizer file, without the names they will be used with.</summary>
    /// <param name="vectorClusters">Whether the features will include word-vector clusters; a file built otherwise is refused.</param>
    public static IReadOnlyList<PerceptronModel> LoadModels(string path, int domain, bool vectorClusters = false)
    {
        var file = ModelFile.Load(path, NerFeatures.IdFor(vectorClusters), (metadata, model, count) => InDomain(metadata, model, count, domain));
        RequireDomain(file, domain, path);
        return file.Models;
    }

    private static int RequireDomain(ModelFile file, int domain, string path)
    {
        var domains = Domains(file.Metadata);
        int index = Array.IndexOf(domains, NewsDomain.Names[domain]);
        if (index < 0)
            throw new ModelFileException($"{path}: no models for domain '{NewsDomain.Names[domain]}' (it has: {string.Join(", ", domains)})");
        return index;
    }

    /// <summary>Whether model number <paramref name="model"/> of a recognizer file is one of the passes of <paramref name="domain"/>.</summary>
    private static bool InDomain(IReadOnlyDictionary<string, string> metadata, int model, int count, int domain)
    {
        var domains = Domains(metadata);
        int index = Array.IndexOf(domains, NewsDomain.Names[domain]);
        int passes = count / domains.Length;
        return index < 0 || model / passes == index; // a missing domain is reported after loading
    }

    private static string[] Domains(IReadOnlyDictionary<string, string> metadata) =>
        metadata.TryGetValue("domains", out var names) ? names.Split(' ') : ["none"];

    /// <summary>
    /// The models of one news domain. A recognizer file holds, per domain in its "domains" metadata, the passes
    /// with that domain's feature copies folded into the shared rows at training time, so loading does no work.
    /// </summary>
    public static IReadOnlyList<PerceptronModel> ModelsFor(ModelFile file, int domain, string path)
    {
        int index = RequireDomain(file, domain, path);
        int passes = file.Models.Count / Domains(file.Metadata).Length;
        return file.Models.Skip(index * passes).Take(passes).ToList();
    }

    /// <summary>
    /// Folds each domain's feature copies into the shared rows: per domain, one model per pass, in the order
    /// <see cref="ModelsFor"/> reads them.
    /// </summary>
    public static List<PerceptronModel> FoldDomains(IReadOnlyList<PerceptronModel> passes, IReadOnlyList<int> domains)
    {
        var copies = new List<Func<ulong, ulong>>();
        for (int d = 1; d < NewsDomain.Names.Count; d++)
        {
            int each = d;
            copies.Add(f => NerFeatures.DomainKey(f, each));
        }
        var result = new List<PerceptronModel>();
        foreach (var domain in domains)
            foreach (var model in passes)
                result.Add(model.WithCopiesMerged(f => NerFeatures.DomainKey(f, domain), copies));
        return result;
    }

    public string Name => "entities";
    public IReadOnlyList<Layer> Requires { get; } = [Layer.Folded, Layer.Tokens, Layer.Sentences];
    public IReadOnlyList<Layer> Reads { get; } = [];
    public IReadOnlyList<Layer> Produces { get; } = [Layer.Entities];

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
        AddTitledNames(document, entities);
        document.Entities = entities.ToArray();
    }

    /// <summary>
    /// A correction from the lexicons: capitalised words right after a title ("Governor Lee", "Mr Yates") that the
    /// model left untagged are a person's name.
    /// </summary>
    private void AddTitledNames(Document document, List<EntitySpan> entities)
    {
        var covered = new bool[document.Tokens.Length];
        foreach (var entity in entities)
            for (int t = entity.FirstToken; t < entity.EndToken; t++) covered[t] = true;
        int added = 0;
        foreach (var sentence in document.Sentences)
        {
            for (int t = sentence.FirstToken; t + 1 < sentence.EndToken; t++)
            {
                if (!_names.Titles.Contains(document.FoldedToken(t))) continue;
                int end = t + 1;
                while (end < sentence.EndToken && end - t <= 3 && !covered[end] && IsNameWord(document.FoldedToken(end))) end++;
                if (end == t + 1 || (end < sentence.EndToken && covered[end])) continue;
                entities.Add(Make(document, t + 1, end, EntityLabel.Person));
                added++;
                t = end - 1;
            }
        }
        if (added > 0) entities.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
    }

    private bool IsNameWord(ReadOnlySpan<char> word) =>
        word.Length > 1 && char.IsUpper(word[0]) && char.IsLetter(word[^1]) && !_names.Stopwords.Contains(word) && !_names.Titles.Contains(word);

    private static readonly string[] Verbs =
        ["has", "have", "had", "is", "was", "were", "are", "be", "been", "will", "would", "could", "can", "did", "does",
         "said", "says", "told", "tells", "added", "warned", "vowed", "called", "wrote", "writes", "asked", "explained",
         "noted", "argued", "stated", "tweeted", "replied"];

    /// <summary>
    /// A correction of greedy decoding: once a name is opened the model must run it on to a last token, so a name
    /// mistaken to go on ("Governor Lee has vowed to", "pollster Irene Vogt: “Turnout") is cut before an auxiliary,
    /// a verb of saying, a colon, a semicolon or a quotation mark, which no name contains.
    /// </summary>
    private static int TrimAtVerb(Document document, int first, int end)
    {
        for (int t = first + 1; t < end; t++)
        {
            var word = document.FoldedToken(t);
            if (word is ":" or ";" or "\"") return t;
            foreach (var verb in Verbs)
                if (word.SequenceEqual(verb)) return t;
        }
        return end;
    }

    private EntitySpan Make(Document document, int first, int end, EntityLabel label)
    {
        end = TrimAtVerb(document, first, end);
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
