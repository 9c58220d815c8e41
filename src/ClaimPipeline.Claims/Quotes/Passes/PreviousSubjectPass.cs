using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Claims.Cues;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes.Passes;

/// <summary>
/// A quotation that opens its sentence without a cue, after a sentence about someone: "Clinton touted her
/// credentials. “We need to find ways …”", "Howard continued his remarks.¶“Eight years ago …”". The subject
/// of the sentence before (in the paragraph, or ending the previous one) is the speaker; its verb stands in for the cue.
/// </summary>
internal sealed class PreviousSubjectPass : IQuotePass
{
    public static readonly ClaimRule Rule = ClaimRules.QuotePreviousSubject;

    /// <summary>Words a cue's clause may still hold after it ("said in a statement") and end the sentence.</summary>
    private const int MaxCueTailWords = 6;

    public void Run(QuoteRun run)
    {
        var context = run.Context;
        var document = context.Document;
        foreach (var quote in run.Quotes)
        {
            if (quote.Claim.IsAttributed || PreviousSubject(context, document.TokenAt(quote.Span.OpenMark)) is not var (verb, phrase)) continue;
            quote.Claim = QuoteClaims.Make(context, ClaimKind.Quote, quote.Claim.Start, quote.Claim.End, Rule, verb, verb + 1, phrase);
            quote.Evidence = QuoteEvidence.Weak;
        }
    }

    private static (int Verb, SpeakerPhrase Phrase)? PreviousSubject(QuoteContext context, int openToken)
    {
        var document = context.Document;
        int sentence = document.SentenceOfToken(openToken);
        if (sentence <= 0 || document.Sentences[sentence].FirstToken != openToken) return null;
        var previous = document.Sentences[sentence - 1];
        if (previous.Paragraph < document.Sentences[sentence].Paragraph - 1) return null;
        if (previous.Paragraph != document.Sentences[sentence].Paragraph
            && document.Paragraphs[document.Sentences[sentence].Paragraph].FirstSentence != sentence) return null;
        for (int t = previous.FirstToken; t < previous.EndToken; t++)
            if (context.IsQuoted(t)) return null;
        // "Sam Lau, the party's spokesman, said in a statement." or "Bystrom agreed.": a cue whose clause ends the
        // sentence introduces the quote after it.
        for (int c = previous.FirstToken + 1; c < previous.EndToken; c++)
        {
            if (!context.TryCueAt(c, out var cue, out int length) || cue.Class != CueClass.Speech) continue;
            if (QuoteText.CountWords(document, c + length, previous.EndToken, MaxCueTailWords) > MaxCueTailWords
                || HasThat(document, c + length, previous.EndToken)) continue;
            if (context.Speakers.FindLeft(document, c, previous.FirstToken) is { } speaker) return (c, speaker);
        }
        var found = ClauseReader.SubjectVerb(context, sentence - 1, previous.EndToken);
        if (found is not { } subject || (subject.Phrase.Kind == SpeakerPhraseKind.Pronoun && document.FoldedToken(subject.Phrase.First) is "it" or "It"))
            return null;
        return subject;
    }

    private static bool HasThat(Document document, int first, int end)
    {
        for (int t = first; t < end; t++)
            if (document.FoldedToken(t) is "that") return true;
        return false;
    }
}
