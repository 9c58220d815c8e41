namespace ClaimPipeline.Claims;

public enum ClaimKind : byte
{
    /// <summary>Direct speech in quotation marks, or a block quote introduced by a cue.</summary>
    Quote,
    /// <summary>Reported speech: "X said that …", "according to X", "…, X reports".</summary>
    Indirect,
    /// <summary>A quantity or a date stated in the text.</summary>
    Numeric,
}
