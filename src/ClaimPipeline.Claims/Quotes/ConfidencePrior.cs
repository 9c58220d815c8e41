namespace ClaimPipeline.Claims.Quotes;

/// <summary>
/// A prior confidence per rule: how often the rule's claim and speaker are right, judged on the sample articles
/// and hand-made cases. Not calibrated on a corpus yet; the README says how to read it.
/// </summary>
public static class ConfidencePrior
{
    public static double For(string rule, SpeakerPhraseKind? speaker) => (rule, speaker) switch
    {
        (_, null) when rule.StartsWith("quote", StringComparison.Ordinal) => 0.3,
        ("quote.cue-after" or "quote.cue-before" or "quote.according", SpeakerPhraseKind.Name) => 0.9,
        ("quote.mixed", _) => 0.7,
        ("quote.cue-after" or "quote.cue-before" or "quote.according", SpeakerPhraseKind.Pronoun) => 0.8,
        ("quote.cue-after" or "quote.cue-before" or "quote.according", _) => 0.75,
        ("quote.continued", _) => 0.75,
        ("quote.nearby", _) => 0.5,
        ("quote.speaker-line" or "quote.dash", _) => 0.8,
        ("quote.block", _) => 0.6,
        ("indirect.according", _) => 0.8,
        ("indirect.cue-after" or "indirect.that", _) => 0.7,
        ("indirect.say" or "indirect.intent", _) => 0.6,
        _ => 0.5,
    };
}
