using ClaimPipeline.Claims.Cues;
using ClaimPipeline.Claims.Numbers;
using ClaimPipeline.Claims.Quotes;
using ClaimPipeline.Claims.Speakers;
using ClaimPipeline.Nlp.Pipeline;
using ClaimPipeline.Nlp.Text;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Claims.Tests;

/// <summary>
/// The claim stages over the lexicons in data/, and helpers to read their claims. <see cref="Run"/> runs the whole
/// pipeline with the shipped models: tests that use it are integration tests (trait Category=Integration). A rule
/// test runs one stage on a <see cref="DocumentBuilder"/> document instead, whose tags and entities it states.
/// </summary>
internal static class ClaimStages
{
    private static readonly SpeakerPhraseFinder Phrases = new(TestStages.Names);

    public static QuoteFinder Quotes { get; } = new(
        CueLexicon.Load(RepoPaths.Lexicon("speech-cues.tsv"), TestStages.Tokenizer), Phrases, new QuoteFinderOptions());

    /// <summary>The quote stage with the shipped attribution model, as pipeline.json runs it.</summary>
    public static QuoteFinder QuotesWithModel => LazyQuotesWithModel.Value;

    private static readonly Lazy<QuoteFinder> LazyQuotesWithModel = new(() => new(Quotes.Cues, Phrases,
        new QuoteFinderOptions { AttributionModel = ClaimPipeline.Claims.Attribution.AttributionModel.Load(RepoPaths.Data("models", "attribution.bin")) }));

    /// <summary>The numbers stage's lexicons from data/lexicons, as pipeline.json names them.</summary>
    public static NumberLexicons NumberLexicons { get; } = NumberLexicons.Load(new NumberLexiconPaths(
        NumberWords: RepoPaths.Lexicon("number-words.tsv"),
        Units: RepoPaths.Lexicon("units.tsv"),
        TimeWords: RepoPaths.Lexicon("time-words.tsv"),
        Qualifiers: RepoPaths.Lexicon("qualifiers.tsv"),
        IrregularVerbs: RepoPaths.Lexicon("irregular-verbs.txt"),
        ChangeWords: RepoPaths.Lexicon("change-words.tsv"),
        UnitKinds: RepoPaths.Lexicon("unit-kinds.tsv"),
        NonQuantityWords: RepoPaths.Lexicon("non-quantity-words.tsv"),
        AgeWords: RepoPaths.Lexicon("age-words.tsv"),
        ChangeContext: RepoPaths.Lexicon("change-context.tsv"),
        UnitDictionary: RepoPaths.Lexicon("unit-dictionary.tsv"),
        DateWords: RepoPaths.Lexicon("date-words.tsv")), TestStages.Tokenizer);

    public static NumberFinder Numbers { get; } = new(NumberLexicons);

    public static SpeakerResolver Speakers { get; } = new(TestStages.Names, Phrases);

    /// <summary>The pipeline as pipeline.json runs it, with the shipped entity model.</summary>
    public static IStage[] All => [.. TestStages.NlpWithModel, Quotes, Numbers, Speakers];

    public static Document Run(string text, DateOnly? published = null) => TestStages.Run(text, All, published);

    /// <summary>The whole pipeline with the attribution model too (an integration test).</summary>
    public static Document RunWithAttributionModel(string text) => TestStages.Run(text, [.. TestStages.NlpWithModel, QuotesWithModel, Numbers, Speakers]);

    public static string Text(this Document document, Claim claim) => document.Slice(claim.Start, claim.End);

    public static string? Mention(this Document document, Claim claim) =>
        claim.HasSpeakerMention ? document.Slice(claim.SpeakerStart, claim.SpeakerEnd) : null;

    /// <summary>The one claim of the kind whose text contains <paramref name="fragment"/>.</summary>
    public static Claim Single(this Document document, ClaimKind kind, string fragment)
    {
        var matches = document.Claims.Where(c => c.Kind == kind && document.Text(c).Contains(fragment, StringComparison.Ordinal)).ToList();
        Assert.True(matches.Count == 1,
            $"expected one {kind} claim containing '{fragment}', found {matches.Count}: " +
            string.Join(" | ", document.Claims.Select(c => $"{c.Kind}:{document.Text(c)}")));
        return matches[0];
    }
}
