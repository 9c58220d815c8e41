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

    // One scratch per thread, reused across documents: its buffers and dictionaries keep their capacity. Tagging resets it.
    [ThreadStatic] private static TaggingScratch? t_scratch;
    private readonly NameLexicons _names;
    private readonly EntityLabel?[] _labelOf;

    /// <param name="models">The first-pass model, and optionally the second-pass model (<see cref="NerFeatures"/>).</param>
    /// <param name="models">The first-pass model, and optionally the second-pass model (<see cref="NerFeatures"/>), of one domain.</param>
    /// <param name="resources">The word classes and the optional tables the models were trained with.</param>
    public ModelEntityRecognizer(RecognizerModels models, NameLexicons names, NerResources resources)
    {
        _names = names;
        _tagger = Create(models, names, resources);
        _labelOf = _tagger.Classes.Select(c => c.Length > 2 ? TypeToLabel(c[2..]) : (EntityLabel?)null).ToArray();
    }

    /// <summary>The tagger of one domain's models; documents are tagged with <see cref="TaggingScratch.Domain"/> left at none.</summary>
    public static DocumentTagger Create(RecognizerModels models, NameLexicons names, NerResources resources)
    {
        var passes = models.Passes;
        var classes = passes[0].Classes;
        var constraints = LabelConstraints.Bilou(classes);
        var firstFeatures = new NerFeatures(names, resources, classes) { Memory = models.Memory, LeftOut = models.LeftOut };
        var first = new SequenceTagger(passes[0], firstFeatures, constraints, models.Beam, models.Temperature);
        if (passes.Count < 2) return new DocumentTagger(first, null, null);
        var secondFeatures = new NerFeatures(names, resources, classes, secondPass: true) { Memory = models.Memory, LeftOut = models.LeftOut };
        var second = new SequenceTagger(passes[1], secondFeatures, constraints, models.Beam, models.Temperature);
        return new DocumentTagger(first, second, secondFeatures);
    }

    /// <summary>Loads the passes of one news domain only; the other domains' models are skipped unread.</summary>
    public static ModelEntityRecognizer Load(string path, NameLexicons names, NerResources resources, int domain) =>
        new(LoadModels(path, domain, resources.FeatureSetId), names, resources);

    /// <summary>The passes of one news domain from a recognizer file, without the names they will be used with.</summary>
    /// <param name="featureSetId">The features the pipeline will give (<see cref="NerResources.FeatureSetId"/>); a file built for others is refused.</param>
    public static RecognizerModels LoadModels(string path, int domain, string featureSetId)
    {
        var file = ModelFile.Load(path, featureSetId, (metadata, model, count) => InDomain(metadata, model, count, domain));
        RequireDomain(file, domain, path);
        // Only this domain's passes (and the name memory) were read.
        return Unpack(file, file.Models, domain);
    }

    /// <summary>The beam temperature of a domain from "reuters=50 worldwide=80" (or one number for all domains).</summary>
    private static float TemperatureOf(string value, int domain)
    {
        foreach (var part in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = part.IndexOf('=');
            if (equals < 0 || part[..equals] == NewsDomain.Names[domain])
                if (float.TryParse(part[(equals + 1)..], System.Globalization.CultureInfo.InvariantCulture, out float temperature) && temperature > 0)
                    return temperature;
        }
        return 1f;
    }

    /// <summary>The metadata key naming the model that holds the name memory ("last"), when the file has one.</summary>
    public const string NameMemoryKey = "name-memory";

    /// <summary>The metadata key listing the feature groups the models were trained without (<see cref="NerFeatureGroups"/>).</summary>
    public const string LeftOutKey = "features-left-out";

    private static bool HasMemory(IReadOnlyDictionary<string, string> metadata) => metadata.ContainsKey(NameMemoryKey);

    private static RecognizerModels Unpack(ModelFile file, IReadOnlyList<PerceptronModel> passesAndMemory, int domain)
    {
        var metadata = file.Metadata;
        bool memory = HasMemory(metadata);
        var passes = memory ? passesAndMemory.Take(passesAndMemory.Count - 1).ToList() : passesAndMemory.ToList();
        int beam = metadata.TryGetValue("beam", out var b) && int.TryParse(b, System.Globalization.CultureInfo.InvariantCulture, out int width) ? width : 1;
        float temperature = metadata.TryGetValue("beam-temperature", out var t) ? TemperatureOf(t, domain) : 1f;
        var leftOut = metadata.TryGetValue(LeftOutKey, out var groups) && Enum.TryParse<NerFeatureGroups>(groups, out var parsed) ? parsed : NerFeatureGroups.None;
        return new RecognizerModels(passes, memory ? NameMemory.FromModel(passesAndMemory[^1]) : null, beam, temperature, leftOut);
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
        if (HasMemory(metadata))
        {
            if (model == count - 1) return true;
            count--;
        }
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
    public static RecognizerModels ModelsFor(ModelFile file, int domain, string path)
    {
        int index = RequireDomain(file, domain, path);
        bool memory = HasMemory(file.Metadata);
        int passes = (file.Models.Count - (memory ? 1 : 0)) / Domains(file.Metadata).Length;
        var chosen = file.Models.Skip(index * passes).Take(passes).ToList();
        if (memory) chosen.Add(file.Models[^1]);
        return Unpack(file, chosen, domain);
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
        var scratch = t_scratch ??= new TaggingScratch();
        var labelsPerSentence = _tagger.Tag(document, scratch);
        scratch.Reset(); // let go of this document's words
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
        AddKnownOutlets(document, entities);
        document.Entities = entities.ToArray();
    }

    /// <summary>
    /// A correction from the lexicons: capitalised words right after a title ("Governor Lee", "Mr Yates") that the
    /// model left untagged are a person's name.
    /// </summary>
    /// <summary>
    /// A correction from the outlets list: a news outlet's name or alias ("The Times", "CNN") that the model left
    /// untagged is an organisation, so that attribution to outlets does not depend on the model knowing each one.
    /// </summary>
    private void AddKnownOutlets(Document document, List<EntitySpan> entities)
    {
        var covered = CoveredTokens(document, entities);
        int added = 0;
        foreach (var sentence in document.Sentences)
        {
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (covered[t]) continue;
                int length = _names.Gazetteer.Match(document, t, sentence.EndToken, out var entry);
                if (length == 0 || !entry.IsOutlet) continue;
                bool free = true;
                for (int k = t; k < t + length; k++) free &= !covered[k];
                if (!free) continue;
                entities.Add(new EntitySpan(t, t + length, document.Tokens[t].Start, document.Tokens[t + length - 1].End, EntityLabel.Org));
                added++;
                t += length - 1;
            }
        }
        if (added > 0) entities.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
    }

    /// <summary>Which tokens the entities found so far cover.</summary>
    private static bool[] CoveredTokens(Document document, List<EntitySpan> entities)
    {
        var covered = new bool[document.Tokens.Length];
        foreach (var entity in entities)
            for (int t = entity.FirstToken; t < entity.EndToken; t++) covered[t] = true;
        return covered;
    }

    private void AddTitledNames(Document document, List<EntitySpan> entities)
    {
        var covered = CoveredTokens(document, entities);
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
