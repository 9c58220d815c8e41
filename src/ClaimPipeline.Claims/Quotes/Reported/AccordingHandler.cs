using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Claims.Cues;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes.Reported;

/// <summary>
/// "According to the ministry, 40 people died.", "Turnout fell, according to a new poll by Harvard.": the source
/// follows the cue; the words are the rest of the sentence, on whichever side of the cue they stand.
/// </summary>
internal sealed class AccordingHandler : IReportedSpeechHandler
{
    public static readonly ClaimRule Rule = ClaimRules.IndirectAccording;

    private const int MaxSourceTokens = 16;

    public Claim? Find(QuoteContext context, SentenceSpan sentence, int cue, int length, Cue entry)
    {
        var document = context.Document;
        var phrase = context.Speakers.FindRight(document, cue + length, sentence.EndToken);
        // A plain noun phrase as the source only for a finding without quoted words: with a quotation in the
        // sentence the quoted person, not "a report", is the speaker the quote row needs.
        if (phrase is null && !context.AnyQuoted(sentence.FirstToken, sentence.EndToken)) phrase = SourcePhrase(document, cue + length, sentence.EndToken);
        if (phrase is null) return null;
        int contentEnd = QuoteText.TrimEnd(document, sentence.FirstToken, sentence.EndToken);
        int before = QuoteText.CountWords(document, sentence.FirstToken, cue, atMost: 1);
        int afterFirst = phrase.Value.End;
        while (afterFirst < contentEnd && document.Tokens[afterFirst].Kind == TokenKind.Punctuation) afterFirst++;
        int after = QuoteText.CountWords(document, afterFirst, contentEnd, atMost: 1);
        int first, end;
        if (before <= 1) (first, end) = (afterFirst, contentEnd);
        else if (after <= 1) (first, end) = (sentence.FirstToken, QuoteText.TrimEnd(document, sentence.FirstToken, cue));
        else (first, end) = (sentence.FirstToken, contentEnd);
        if (end <= first) return null;
        return QuoteClaims.Make(context, ClaimKind.Indirect, document.Tokens[first].Start, document.Tokens[end - 1].End,
            Rule, cue, cue + length, phrase.Value);
    }

    /// <summary>
    /// "according to a new poll by Harvard", "according to the results": after "according to" any noun phrase is
    /// the source, up to a comma or the end of the sentence; polls, data and documents are sources too.
    /// </summary>
    private static SpeakerPhrase? SourcePhrase(Document document, int first, int sentenceEnd)
    {
        int end = first;
        while (end < sentenceEnd && end - first < MaxSourceTokens && document.FoldedToken(end) is not ("," or ";" or ":" or "(")) end++;
        end = QuoteText.TrimEnd(document, first, end);
        if (end == first || end - first >= MaxSourceTokens || document.Tokens[first].Kind != TokenKind.Word) return null;
        return new SpeakerPhrase(first, end, SpeakerPhraseKind.Description, -1, -1);
    }
}
