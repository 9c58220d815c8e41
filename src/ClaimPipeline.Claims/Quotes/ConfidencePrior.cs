using ClaimPipeline.Claims.Rules;

namespace ClaimPipeline.Claims.Quotes;

/// <summary>The prior confidence of a quote or reported-speech claim: its rule's, from the rule table.</summary>
public static class ConfidencePrior
{
    public static double For(string rule, SpeakerPhraseKind? speaker) =>
        (ClaimRules.Find(rule) ?? throw new ArgumentException($"no rule named '{rule}' in ClaimRules", nameof(rule))).Prior.For(speaker);
}
