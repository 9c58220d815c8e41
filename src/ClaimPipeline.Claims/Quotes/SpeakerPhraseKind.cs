namespace ClaimPipeline.Claims.Quotes;

/// <summary>What a speaker phrase is, as the quote stage read it; carried on the claim for speaker resolution and confidence.</summary>
public enum SpeakerPhraseKind : byte
{
    /// <summary>"he", "they".</summary>
    Pronoun,
    /// <summary>A named entity: "Mujahid", "The Washington Post".</summary>
    Name,
    /// <summary>A description without a name: "a Taliban spokesman", "officials".</summary>
    Description,
    /// <summary>
    /// Words the attribution model marked as the source that name no one ("its", "screaming"): the mention stays,
    /// for a reviewer to read, but resolution gives no speaker.
    /// </summary>
    Unnamed,
}
