using ClaimPipeline.Nlp.Entities;
using ClaimPipeline.Nlp.Lexicons;
using ClaimPipeline.Nlp.Normalization;
using ClaimPipeline.Nlp.Pipeline;
using ClaimPipeline.Nlp.Sentences;
using ClaimPipeline.Nlp.Tagging;
using ClaimPipeline.Nlp.Text;
using ClaimPipeline.Nlp.Tokenization;

namespace ClaimPipeline.Tests.Shared;

/// <summary>The NLP stages built once from the lexicons in data/, as pipeline.json builds them.</summary>
internal static class TestStages
{
    public static Abbreviations Abbreviations { get; } = Abbreviations.Load(RepoPaths.Lexicon("abbreviations.txt"));
    public static Tokenizer Tokenizer { get; } = new(Abbreviations);
    public static SentenceSplitter Sentences { get; } =
        new(Abbreviations, WordSet.Load(RepoPaths.Lexicon("stopwords.txt"), ignoreCase: false));

    public static NameLexicons Names { get; } = NameLexicons.Load(new NameLexiconPaths(
        FirstNames: RepoPaths.Lexicon("first-names.tsv"),
        Places: RepoPaths.Lexicon("places.txt"),
        Nationalities: RepoPaths.Lexicon("nationalities.txt"),
        Organizations: RepoPaths.Lexicon("organizations.txt"),
        Outlets: RepoPaths.Lexicon("outlets.tsv"),
        OrgSuffixes: RepoPaths.Lexicon("org-suffixes.txt"),
        Roles: RepoPaths.Lexicon("roles.txt"),
        Stopwords: RepoPaths.Lexicon("stopwords.txt")), Tokenizer);

    public static RuleEntityRecognizer Entities { get; } = new(Names);

    /// <summary>
    /// The news domain the shipped pipeline.json sets for the entities stage (a Cli test checks that it still does),
    /// so the tests run the recognizer as the program does.
    /// </summary>
    public const int ShippedDomain = NewsDomain.Worldwide;

    /// <summary>
    /// The shipped recognizer: data/models/ner.bin with its word classes and typed gazetteer, in the shipped domain.
    /// Tests that use it are integration tests.
    /// </summary>
    public static ModelEntityRecognizer ModelEntities => LazyModelEntities.Value;

    /// <summary>The tables the shipped recognizer's features read, as pipeline.json names them.</summary>
    public static NerResources ShippedNerResources => LazyNerResources.Value;

    private static readonly Lazy<NerResources> LazyNerResources = new(() => new NerResources(
        WordClusters.Load(RepoPaths.Data("models", "clusters.tsv")),
        Gazetteer: TypedGazetteer.Load(RepoPaths.Data("models", "gazetteers.tsv"), Tokenizer)));

    private static readonly Lazy<ModelEntityRecognizer> LazyModelEntities = new(() => ModelEntityRecognizer.Load(
        RepoPaths.Data("models", "ner.bin"), Names, ShippedNerResources, ShippedDomain));

    /// <summary>The shipped part-of-speech tagger (data/models/pos.bin). Tests that use it are integration tests.</summary>
    public static PosTagger Pos => LazyPos.Value;

    private static readonly Lazy<PosTagger> LazyPos = new(() => PosTagger.Load(RepoPaths.Data("models", "pos.bin")));

    /// <summary>Normalizer, tokenizer, sentences and the rule-based entity recognizer.</summary>
    public static IStage[] Nlp => [new Normalizer(), Tokenizer, Sentences, Entities];

    /// <summary>Normalizer, tokenizer, sentences, the shipped tagger and model recognizer, as pipeline.json runs them.</summary>
    public static IStage[] NlpWithModel => [new Normalizer(), Tokenizer, Sentences, Pos, ModelEntities];

    public static Document Run(string text, IEnumerable<IStage> stages, DateOnly? published = null)
    {
        var document = new Document("test", text) { Published = published };
        new TextPipeline(stages).Process(document);
        return document;
    }
}
