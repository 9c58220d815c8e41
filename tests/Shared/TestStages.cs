using ClaimPipeline.Nlp.Entities;
using ClaimPipeline.Nlp.Lexicons;
using ClaimPipeline.Nlp.Normalization;
using ClaimPipeline.Nlp.Pipeline;
using ClaimPipeline.Nlp.Sentences;
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

    public static IStage[] Nlp => [new Normalizer(), Tokenizer, Sentences, Entities];

    public static Document Run(string text, IEnumerable<IStage> stages, DateOnly? published = null)
    {
        var document = new Document("test", text) { Published = published };
        new TextPipeline(stages).Process(document);
        return document;
    }
}
