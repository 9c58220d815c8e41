using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes.Rules;

/// <summary>A direct-quote rule's answer: no match, not speech, or the claim it made and what its speaker rests on.</summary>
internal readonly record struct QuoteRuleResult(QuoteRuleOutcome Outcome, Claim? Claim, QuoteEvidence Evidence)
{
    public static QuoteRuleResult NoMatch => default;

    public static QuoteRuleResult NotSpeech => new(QuoteRuleOutcome.NotSpeech, null, QuoteEvidence.None);

    public static QuoteRuleResult Attributed(Claim claim, QuoteEvidence evidence = QuoteEvidence.Explicit) =>
        new(QuoteRuleOutcome.Attributed, claim, evidence);
}
