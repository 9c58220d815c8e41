using ClaimPipeline.Claims.Cues;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes.Reported;

/// <summary>
/// A verb of saying, or an outlet's verb: the clause before the speaker when the cue closes the sentence ("…, The
/// Washington Post reports."), else the clause after the cue ("X said (that) …").
/// </summary>
internal sealed class SpeechCueHandler : IReportedSpeechHandler
{
    private readonly ClauseBeforeCue _before = new();
    private readonly ClauseAfterCue _after = new();

    public Claim? Find(QuoteContext context, SentenceSpan sentence, int cue, int length, Cue entry) =>
        _before.Find(context, sentence, cue, length, entry) ?? _after.Find(context, sentence, cue, length, entry);
}
