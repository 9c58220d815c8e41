namespace ClaimPipeline.Claims.Quotes;

/// <summary>
/// What a quote's speaker rests on, as the passes after attribution need it: which quotes are one mixed clause,
/// and which are kept only when long (the rule column is output, not state to read back).
/// </summary>
internal enum QuoteEvidence : byte
{
    /// <summary>No speaker.</summary>
    None,
    /// <summary>The text ties the speaker to the words: a cue, a colon, a dash signature, a speaker line.</summary>
    Explicit,
    /// <summary>Explicit, and the claim is the clause around the quoted words: "described the ban as “ridiculous”".</summary>
    MixedClause,
    /// <summary>Only the sentence's subject, the previous sentence's, or the nearest attributed claim: as often a scare quote as speech.</summary>
    Weak,
}
