using ClaimPipeline.Claims.Quotes;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Speakers;

/// <summary>What a claim's speaker mention is, for the stages after the quote stage.</summary>
public static class SpeakerMentions
{
    /// <summary>
    /// The kind the quote stage read (<see cref="Claim.SpeakerKind"/>). A claim made without it, by hand or by a
    /// stage that does not read phrases, is read from its mention: a lone pronoun, else a name.
    /// </summary>
    public static SpeakerPhraseKind KindOf(Claim claim, string mention) =>
        claim.SpeakerKind ?? (SpeakerPhraseFinder.IsPronoun(mention) ? SpeakerPhraseKind.Pronoun : SpeakerPhraseKind.Name);
}
