using ClaimPipeline.Claims.Cues;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes.Reported;

/// <summary>Reads the reported speech around a cue of one class: the words reported and who reported them.</summary>
internal interface IReportedSpeechHandler
{
    /// <summary>The claim of the cue over tokens [cue, cue + length) in <paramref name="sentence"/>, or null.</summary>
    Claim? Find(QuoteContext context, SentenceSpan sentence, int cue, int length, Cue entry);
}
