using ClaimPipeline.Claims.Attribution;
using ClaimPipeline.Claims.Cues;
using ClaimPipeline.Claims.Numbers;
using ClaimPipeline.Claims.Quotes;
using ClaimPipeline.Claims.Speakers;
using ClaimPipeline.Cli.Config.Keys;
using ClaimPipeline.Cli.Output;
using ClaimPipeline.Nlp.Entities;
using ClaimPipeline.Nlp.Lexicons;
using ClaimPipeline.Nlp.Normalization;
using ClaimPipeline.Nlp.Pipeline;
using ClaimPipeline.Nlp.Sentences;
using ClaimPipeline.Nlp.Tagging;
using ClaimPipeline.Nlp.Tokenization;

namespace ClaimPipeline.Cli.Config;

/// <summary>
/// The one place that maps pipeline.json stage names to stages, reading each key through its declaration
/// (<see cref="StageCatalog"/>). Stages are built in config order; later stages reuse what earlier ones loaded, as
/// their <see cref="ConfigStage.Uses"/> declare (the tokenizer for phrase lexicons, the name lexicons for speakers),
/// and the loader has checked that those came first.
/// </summary>
public sealed class StageFactory(bool loadModels = true, bool loadAttributionModel = true)
{
    private readonly Dictionary<string, Task<IStage>> _posModels = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, int, string), Task<RecognizerModels>> _entityModels = new();
    private readonly Dictionary<string, Task<WordClusters>> _clusters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task<VectorClusters>> _vectorClusters = new(StringComparer.Ordinal);
    private Tokenizer? _tokenizer;
    private Abbreviations? _abbreviations;
    private Task<NameLexicons>? _names;

    /// <summary>The name lexicons of the "entities" stage, for training the recognizer on them.</summary>
    public NameLexicons? Names => _names is null ? null : WaitFor(_names);
    public string? EntityModelPath { get; private set; }
    public string? PosModelPath { get; private set; }
    public string? ClustersPath { get; private set; }
    public string? VectorClustersPath { get; private set; }
    public string? GazetteersPath { get; private set; }
    public Tokenizer? Tokenizer => _tokenizer;

    /// <summary>The news domain of the "entities" stage (<see cref="NewsDomain"/>), when the config has one.</summary>
    public int? EntityDomain { get; private set; }

    public ReadOptions Read { get; private set; } = ReadOptions.Default;
    public WriteOptions Write { get; private set; } = WriteOptions.Default;

    /// <summary>
    /// Builds the stage, or returns null for the I/O stages "read" and "write", whose options it keeps. Trained
    /// models and the larger lexicons load on the thread pool, side by side; the caller waits for all stages once the
    /// whole config is read.
    /// </summary>
    public Task<IStage>? Create(StageOptions options)
    {
        try
        {
            return CreateStage(options);
        }
        catch (Exception e) when (e is LexiconException or ModelFileException)
        {
            throw Wrapped(options, e);
        }
    }

    /// <summary>
    /// Starts loading the trained models a stage names, before any stage is built: they take longest, and the
    /// lexicons of the stages before them load meanwhile. Problems are left for <see cref="Create"/> to report.
    /// </summary>
    public void Prefetch(StageOptions options)
    {
        if (!loadModels) return;
        try
        {
            if (options.Stage == "pos") PosModel(options, PosModelPathOf(options));
            if (options.Stage == "entities" && EntityOptions(options) is { Backend: "model", Domain: >= 0 } entity)
            {
                EntityModels(entity.Model, entity.Domain, NerFeatures.IdFor(entity.VectorClusters is not null, entity.Gazetteers is not null));
                Clusters(entity.Clusters);
                if (entity.VectorClusters is not null) VectorClustersOf(entity.VectorClusters);
            }
        }
        catch (PipelineConfigurationException)
        {
        }
    }

    private static string PosModelPathOf(StageOptions options) => options.Path(PosKeys.Model);

    /// <summary>The recognizer options of an "entities" stage (Domain -1 for an unknown domain name); read by Prefetch and Create alike.</summary>
    private static (string Backend, string Model, string Clusters, string? VectorClusters, string? Gazetteers, string DomainName, int Domain) EntityOptions(StageOptions options)
    {
        var backend = options.Text(EntitiesKeys.Recognizer);
        var model = options.Path(EntitiesKeys.Model);
        var clusters = options.Path(EntitiesKeys.Clusters);
        var vectorClusters = options.OptionalPath(EntitiesKeys.VectorClusters);
        var gazetteers = options.OptionalPath(EntitiesKeys.Gazetteers);
        var domainName = options.Text(EntitiesKeys.Domain);
        return (backend, model, clusters, vectorClusters, gazetteers, domainName, NewsDomain.Parse(domainName));
    }

    private Task<IStage> PosModel(StageOptions options, string path)
    {
        if (!_posModels.TryGetValue(path, out var task)) _posModels[path] = task = LoadInBackground<IStage>(options, () => PosTagger.Load(path));
        return task;
    }

    private Task<RecognizerModels> EntityModels(string path, int domain, string featureSetId)
    {
        if (!_entityModels.TryGetValue((path, domain, featureSetId), out var task))
            _entityModels[(path, domain, featureSetId)] = task = Task.Run(() => ModelEntityRecognizer.LoadModels(path, domain, featureSetId));
        return task;
    }

    private Task<VectorClusters> VectorClustersOf(string path)
    {
        if (!_vectorClusters.TryGetValue(path, out var task)) _vectorClusters[path] = task = Task.Run(() => VectorClusters.Load(path));
        return task;
    }

    private Task<WordClusters> Clusters(string path)
    {
        if (!_clusters.TryGetValue(path, out var task)) _clusters[path] = task = Task.Run(() => WordClusters.Load(path));
        return task;
    }

    private static PipelineConfigurationException Wrapped(StageOptions options, Exception e) =>
        new($"{options.ConfigPath}: stage '{options.Stage}': {e.Message}");

    /// <summary>Loads a model or lexicon off the calling thread, reporting a bad file as a config error of its stage.</summary>
    private static Task<T> LoadInBackground<T>(StageOptions options, Func<T> load) => Task.Run(() =>
    {
        try
        {
            return load();
        }
        catch (Exception e) when (e is LexiconException or ModelFileException)
        {
            throw Wrapped(options, e);
        }
    });

    private Task<IStage>? CreateStage(StageOptions options) => Build(options) switch
    {
        null => null,
        Task<IStage> loading => loading,
        IStage stage => Task.FromResult(stage),
        _ => throw new InvalidOperationException("a stage builder returned neither a stage nor a loading task"),
    };

    /// <summary>A stage, a task loading one, or null (see <see cref="Create"/>).</summary>
    private object? Build(StageOptions options)
    {
        switch (options.Stage)
        {
            case "read":
                Read = new ReadOptions(options.Int(ReadOptions.MaxArticleBytesOption));
                options.RejectUnknown();
                return null;
            case "write":
                var columns = options.List(WriteOptions.ColumnsOption);
                foreach (var column in columns)
                    if (!ClaimColumns.All.Contains(column))
                        throw options.Error("columns", $"names an unknown column '{column}' (known: {string.Join(", ", ClaimColumns.All)})");
                if (columns.Count == 0) throw options.Error("columns", "must name at least one column");
                Write = new WriteOptions(columns);
                options.RejectUnknown();
                return null;
            case "normalize":
                options.RejectUnknown();
                return new Normalizer();
            case "tokenize":
                _abbreviations = Abbreviations.Load(options.Path(TokenizeKeys.Abbreviations));
                options.RejectUnknown();
                return _tokenizer = new Tokenizer(_abbreviations);
            case "sentences":
                var openers = WordSet.Load(options.Path(SentencesKeys.SentenceOpeners), ignoreCase: false);
                options.RejectUnknown();
                return new SentenceSplitter(Borrowed(_abbreviations), openers);
            case "entities":
            {
                var (backend, modelPath, clustersPath, vectorClustersPath, gazetteersPath, domainName, domain) = EntityOptions(options);
                (EntityModelPath, ClustersPath, VectorClustersPath, GazetteersPath) = (modelPath, clustersPath, vectorClustersPath, gazetteersPath);
                if (domain < 0) throw options.Error("domain", $"must be one of {string.Join(", ", NewsDomain.Names)}, not '{domainName}'");
                EntityDomain = domain;
                if (backend is not ("model" or "rules")) throw options.Error("recognizer", $"must be 'model' or 'rules', not '{backend}'");
                // The model, the word classes and the name lexicons load side by side.
                var models = backend == "model" && loadModels
                    ? EntityModels(modelPath, domain, NerFeatures.IdFor(vectorClustersPath is not null, gazetteersPath is not null)) : null;
                var clusters = models is null ? null : Clusters(clustersPath);
                var vectors = models is null || vectorClustersPath is null ? null : VectorClustersOf(vectorClustersPath);
                var gazetteerTokenizer = Borrowed(_tokenizer);
                var gazetteer = models is null || gazetteersPath is null ? null
                    : LoadInBackground(options, () => TypedGazetteer.Load(gazetteersPath, gazetteerTokenizer));
                var namePaths = new NameLexiconPaths(
                    FirstNames: options.Path(EntitiesKeys.FirstNames),
                    Places: options.Path(EntitiesKeys.Places),
                    Nationalities: options.Path(EntitiesKeys.Nationalities),
                    Organizations: options.Path(EntitiesKeys.Organizations),
                    Outlets: options.Path(EntitiesKeys.Outlets),
                    OrgSuffixes: options.Path(EntitiesKeys.OrgSuffixes),
                    Roles: options.Path(EntitiesKeys.Roles),
                    Stopwords: options.Path(EntitiesKeys.Stopwords));
                var tokenizer = Borrowed(_tokenizer);
                options.RejectUnknown();
                var names = _names = LoadInBackground(options, () => NameLexicons.Load(namePaths, tokenizer));
                if (models is null || clusters is null) return LoadInBackground<IStage>(options, () => new RuleEntityRecognizer(WaitFor(names)));
                return LoadInBackground<IStage>(options, () => new ModelEntityRecognizer(WaitFor(models), WaitFor(names),
                    new NerResources(WaitFor(clusters), vectors is null ? null : WaitFor(vectors), gazetteer is null ? null : WaitFor(gazetteer))));
            }
            case "pos":
                PosModelPath = PosModelPathOf(options);
                options.RejectUnknown();
                return loadModels ? PosModel(options, PosModelPath) : new UnloadedModelStage("pos", PosTagger.RequiredLayers, PosTagger.ProducedLayers);
            case "quotes":
            {
                var cuesPath = options.Path(QuotesKeys.Cues);
                var attributionPath = options.OptionalPath(QuotesKeys.AttributionModel);
                if (!loadModels || !loadAttributionModel) attributionPath = null;
                var tokenizer = Borrowed(_tokenizer);
                var attribution = attributionPath is null ? null : LoadInBackground(options, () => AttributionModel.Load(attributionPath));
                var quoteOptions = new QuoteFinderOptions
                {
                    CueWindowTokens = options.Int(QuoteFinderOptions.CueWindowTokensOption),
                    MinUnattributedWords = options.Int(QuoteFinderOptions.MinUnattributedWordsOption),
                    MinIndirectWords = options.Int(QuoteFinderOptions.MinIndirectWordsOption),
                };
                options.RejectUnknown();
                var names = Borrowed(_names);
                return LoadInBackground<IStage>(options,
                    () => new QuoteFinder(CueLexicon.Load(cuesPath, tokenizer), new SpeakerPhraseFinder(WaitFor(names)),
                        quoteOptions with { AttributionModel = attribution is null ? null : WaitFor(attribution) }));
            }
            case "numbers":
            {
                var paths = new NumberLexiconPaths(
                    NumberWords: options.Path(NumbersKeys.NumberWords),
                    Units: options.Path(NumbersKeys.Units),
                    TimeWords: options.Path(NumbersKeys.TimeWords),
                    Qualifiers: options.Path(NumbersKeys.Qualifiers),
                    IrregularVerbs: options.Path(NumbersKeys.IrregularVerbs),
                    ChangeWords: options.Path(NumbersKeys.ChangeWords),
                    UnitKinds: options.Path(NumbersKeys.UnitKinds),
                    NonQuantityWords: options.Path(NumbersKeys.NonQuantityWords),
                    AgeWords: options.Path(NumbersKeys.AgeWords),
                    ChangeContext: options.Path(NumbersKeys.ChangeContext),
                    UnitDictionary: options.Path(NumbersKeys.UnitDictionary),
                    DateWords: options.Path(NumbersKeys.DateWords));
                var confidencePath = options.OptionalPath(NumbersKeys.Confidence);
                var tokenizer = Borrowed(_tokenizer);
                options.RejectUnknown();
                return LoadInBackground<IStage>(options, () => new NumberFinder(NumberLexicons.Load(paths, tokenizer),
                    confidencePath is null ? null : ConfidenceTable.Load(confidencePath)));
            }
            case "speakers":
            {
                var confidencePath = options.OptionalPath(SpeakersKeys.Confidence);
                options.RejectUnknown();
                var names = Borrowed(_names);
                return LoadInBackground<IStage>(options, () =>
                {
                    var lexicons = WaitFor(names);
                    return new SpeakerResolver(lexicons, new SpeakerPhraseFinder(lexicons), confidencePath is null ? null : ConfidenceTable.Load(confidencePath));
                });
            }
            default:
                throw new InvalidOperationException($"stage '{options.Stage}' is in the catalog but has no builder");
        }
    }

    /// <summary>The task's result, or its own exception rather than an AggregateException.</summary>
    private static T WaitFor<T>(Task<T> task) => task.GetAwaiter().GetResult();

    /// <summary>What an earlier stage loaded for this one: the loader has checked its declared <see cref="ConfigStage.Uses"/>.</summary>
    private static T Borrowed<T>(T? loaded) where T : class =>
        loaded ?? throw new InvalidOperationException("a stage uses another that was not built before it; its ConfigStage.Uses is incomplete");
}
