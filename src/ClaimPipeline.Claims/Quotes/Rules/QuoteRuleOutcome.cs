namespace ClaimPipeline.Claims.Quotes.Rules;

/// <summary>What a direct-quote rule decided about a quotation.</summary>
internal enum QuoteRuleOutcome : byte
{
    /// <summary>The rule does not apply; the next rule is tried.</summary>
    NoMatch,
    /// <summary>The rule made the quotation's claim; no later rule is tried.</summary>
    Attributed,
    /// <summary>The quotation is no speech (a title): it makes no claim, and no later rule is tried.</summary>
    NotSpeech,
}
