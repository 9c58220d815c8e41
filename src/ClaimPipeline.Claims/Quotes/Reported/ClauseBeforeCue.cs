using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Claims.Cues;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes.Reported;

/// <summary>
/// "…, The Washington Post reports.", "… would leave, he said.", "…, said Larry Sabato, director of the Center for
/// Politics.": the speaker and cue close the sentence after a comma, and the words are the clause before it.
/// </summary>
internal sealed class ClauseBeforeCue : IReportedSpeechHandler
{
    public static readonly ClaimRule Rule = ClaimRules.IndirectCueAfter;

    /// <summary>Words the sentence may still hold after the cue ("he said on Monday").</summary>
    private const int MaxWordsAfterCue = 3;

    public Claim? Find(QuoteContext context, SentenceSpan sentence, int cue, int length, Cue entry)
    {
        var document = context.Document;
        if (Inverted(context, sentence, cue, length) is { } inverted) return inverted;
        if (QuoteText.CountWords(document, cue + length, sentence.EndToken, atMost: MaxWordsAfterCue) > MaxWordsAfterCue) return null;
        var phrase = context.Speakers.FindLeft(document, cue, sentence.FirstToken);
        if (phrase is null) return null;
        int phraseFirst = phrase.Value.HasRole ? Math.Min(phrase.Value.RoleFirst, phrase.Value.First) : phrase.Value.First;
        if (phraseFirst > sentence.FirstToken && document.FoldedToken(phraseFirst - 1) is "the" or "The" or "a" or "A") phraseFirst--;
        if (phraseFirst - 1 <= sentence.FirstToken || document.FoldedToken(phraseFirst - 1) is not ",") return null;
        int end = QuoteText.TrimEnd(document, sentence.FirstToken, phraseFirst - 1);
        if (end <= sentence.FirstToken) return null;
        return QuoteClaims.Make(context, ClaimKind.Indirect, sentence.Start, document.Tokens[end - 1].End, Rule, cue, cue + length, phrase.Value);
    }

    private static bool HasVerb(Document document, int first, int end)
    {
        for (int t = first; t < end; t++)
            if (SpeakerWords.IsVerb(document, t)) return true;
        return false;
    }

    /// <summary>"…, said Larry Sabato, director of the Center for Politics.": the speaker named after the cue ends the sentence (with an apposition).</summary>
    private static Claim? Inverted(QuoteContext context, SentenceSpan sentence, int cue, int length)
    {
        var document = context.Document;
        if (cue - 1 <= sentence.FirstToken + 2 || document.FoldedToken(cue - 1) is not ",") return null;
        // "The Globe, a local paper, said the meeting was tense": words with no verb before the comma are the
        // subject and its apposition, not reported words (when the tagger ran).
        if (document.Tags.Length > 0 && !HasVerb(document, sentence.FirstToken, cue - 1)) return null;
        var phrase = context.Speakers.FindRight(document, cue + length, sentence.EndToken)
            ?? context.Speakers.DescriptionAfter(document, cue + length, sentence.EndToken);
        if (phrase is not { } found || found.Kind == SpeakerPhraseKind.Pronoun || QuoteText.PhraseStart(found) > cue + length + 1) return null;
        int after = found.End;
        if (after < sentence.EndToken && document.FoldedToken(after) is not ("," or "." or "(")) return null;
        int end = QuoteText.TrimEnd(document, sentence.FirstToken, cue - 1);
        if (end <= sentence.FirstToken) return null;
        return QuoteClaims.Make(context, ClaimKind.Indirect, sentence.Start, document.Tokens[end - 1].End, Rule, cue, cue + length, found);
    }
}
