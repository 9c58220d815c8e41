using ClaimPipeline.Nlp.Pipeline;

namespace ClaimPipeline.Cli.Config.Keys;

/// <summary>
/// The cue lexicon key of the "quotes" stage in pipeline.json. Its numeric keys are declared in
/// <see cref="Claims.Quotes.QuoteFinderOptions"/>, beside the values they set.
/// </summary>
public static class QuotesKeys
{
    public static PathOption Cues { get; } = new("cues", "data/lexicons/speech-cues.tsv",
        "cue forms with lemma and class (speech, according, report, intent, title, setting: \"in a statement\", which is read "
        + "but never a cue or speaker)");

    public static PathOption AttributionModel { get; } = new("attributionModel", null,
        "the trained attribution model (`claims train attribution`) that adds the reported speech the rules miss", "the rules alone");
}
