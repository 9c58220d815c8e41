// This enum stands here, in the NLP assembly but in the quote stage's namespace, only because Claim (which carries
// it) is still in ClaimPipeline.Nlp: it goes back to src/ClaimPipeline.Claims/Quotes with Claim, no code changing.
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
