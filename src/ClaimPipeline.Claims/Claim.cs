using ClaimPipeline.Claims.Rules;

namespace ClaimPipeline.Claims;

/// <summary>
/// One attributed claim. Offsets are half-open UTF-16 ranges into the document text; -1 means "none".
/// The quote and number stages create claims, the speaker stage fills <see cref="Speaker"/> and <see cref="SpeakerRole"/>.
/// </summary>
public sealed class Claim
{
    public required ClaimKind Kind { get; init; }
    public required int Start { get; set; }
    public required int End { get; set; }

    /// <summary>Why the claim was made (<see cref="ClaimRules"/>); its name is written to the rule column.</summary>
    public required ClaimRule Rule { get; set; }

    public int CueStart { get; set; } = -1;
    public int CueEnd { get; set; } = -1;

    /// <summary>The speaker as written at the cue ("he", "Mujahid", "The spokesman").</summary>
    public int SpeakerStart { get; set; } = -1;
    public int SpeakerEnd { get; set; } = -1;

    /// <summary>What the mention is (a name, a pronoun, a description), as the quote stage read it; null without a mention.</summary>
    public Quotes.SpeakerPhraseKind? SpeakerKind { get; set; }

    /// <summary>The fullest name the article gives for the speaker; set by speaker resolution.</summary>
    public string? Speaker { get; set; }
    public string? SpeakerRole { get; set; }

    /// <summary>When true, the speaker was taken from an earlier claim (quote continuation); resolution copies it again.</summary>
    public Claim? SpeakerFrom { get; set; }

    /// <summary>The value; for a range ("252 to 287 miles") its low end, with <see cref="QuantityHigh"/> the high end.</summary>
    public double? Quantity { get; set; }
    public double? QuantityHigh { get; set; }
    public string? Unit { get; set; }

    /// <summary>What the unit measures: length, mass, currency, ratio, count, … (docs/units.md); null without a unit.</summary>
    public string? Dimension { get; set; }
    public string? Qualifier { get; set; }

    /// <summary>How the value relates to what it measures: "=", "~", "&gt;", "&lt;", "up" or "down".</summary>
    public string? Change { get; set; }
    public string? Subject { get; set; }
    public string? Predicate { get; set; }
    public string? Time { get; set; }
    public string? Place { get; set; }

    public double Confidence { get; set; }

    public bool HasSpeakerMention => SpeakerStart >= 0;

    /// <summary>The claim has a speaker: a mention of its own, or one it takes from another claim.</summary>
    public bool IsAttributed => HasSpeakerMention || SpeakerFrom is not null;
}
