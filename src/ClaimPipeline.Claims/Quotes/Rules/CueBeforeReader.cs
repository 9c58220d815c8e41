using ClaimPipeline.Claims.Cues;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes.Rules;

/// <summary>
/// Finds the nearest cue before a quotation in its sentence that names a work or has a speaker: the four rules
/// that read a cue before the quote (title cue, according, mixed, cue before) all decide on this one cue.
/// </summary>
internal static class CueBeforeReader
{
    /// <summary>How far before a quotation its cue may stand, in tokens.</summary>
    private const int MaxCueDistance = 80;

    /// <summary>
    /// Reads back from the opening mark, nearest first, at most <see cref="MaxCueDistance"/> tokens: a cue further
    /// away is not this quote's, and an unbounded scan makes a giant sentence full of quotation marks quadratic.
    /// </summary>
    public static CueBefore? Nearest(QuoteContext context, int openToken, int sentenceStart)
    {
        var document = context.Document;
        var speakers = context.Speakers;
        for (int c = openToken - 1; c >= Math.Max(sentenceStart, openToken - MaxCueDistance); c--)
        {
            if (context.IsQuoted(c) || !context.TryCueAt(c, out var cue, out int length)) continue;
            if (cue.Class == CueClass.Title) return new CueBefore(c, length, cue.Class, null);
            // "called" is speech only right before the quote: "what Biden called “…”", not "called for".
            if (cue.Lemma == "call" && openToken - (c + length) > 1) continue;
            SpeakerPhrase? phrase = cue.Class == CueClass.According
                ? speakers.FindRight(document, c + length, openToken) ?? speakers.DescriptionAfter(document, c + length, openToken)
                : speakers.FindLeft(document, c, sentenceStart) ?? InvertedSpeaker(context, c + length, openToken);
            if (phrase is not null) return new CueBefore(c, length, cue.Class, phrase);
        }
        return null;
    }

    /// <summary>
    /// A speaker after the cue ("said Mr. Lee: “…”") only when nothing but punctuation stands between it and the
    /// quote; otherwise the name is the subject of the reported clause ("said Sanders is mounting a “phony attack”").
    /// </summary>
    private static SpeakerPhrase? InvertedSpeaker(QuoteContext context, int afterCue, int openToken)
    {
        var document = context.Document;
        if (context.Speakers.FindRight(document, afterCue, openToken) is not { } phrase) return null;
        // "called it “…”": a pronoun after the cue is its object, not an inverted subject.
        if (phrase.Kind == SpeakerPhraseKind.Pronoun && document.FoldedToken(phrase.First) is "it" or "them" or "him" or "her") return null;
        for (int t = phrase.End; t < openToken; t++)
            if (document.Tokens[t].Kind != TokenKind.Punctuation) return null;
        return phrase;
    }
}
