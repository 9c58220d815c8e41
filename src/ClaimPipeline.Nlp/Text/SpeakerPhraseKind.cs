namespace ClaimPipeline.Claims.Quotes;

public enum SpeakerPhraseKind : byte
{
    /// <summary>"he", "they".</summary>
    Pronoun,
    /// <summary>A named entity: "Mujahid", "The Washington Post".</summary>
    Name,
    /// <summary>A description without a name: "a Taliban spokesman", "officials".</summary>
    Description,
}
