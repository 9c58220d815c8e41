using ClaimPipeline.Claims.Cues;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes;

/// <summary>Clause readings that several rules share: where reported words stop, and a sentence's subject with its verb.</summary>
internal static class ClauseReader
{
    private const int MaxInterjectionTokens = 12;

    /// <summary>
    /// Where reported words that run from <paramref name="first"/> stop: before a second attribution in the same
    /// sentence (", Ham also noted …", "and Donald Trump says …"), else at <paramref name="end"/>.
    /// </summary>
    public static int End(QuoteContext context, int first, int end)
    {
        var document = context.Document;
        for (int c = first + 2; c < end; c++)
        {
            if (context.IsQuoted(c) || !context.TryCueAt(c, out var cue, out _) || cue.Class is not (CueClass.Speech or CueClass.Report)) continue;
            if (context.Speakers.FindLeft(document, c, first) is not { Kind: SpeakerPhraseKind.Name or SpeakerPhraseKind.Pronoun } phrase) continue;
            int boundary = QuoteText.PhraseStart(phrase) - 1;
            if (boundary > first && document.FoldedToken(boundary) is "," or "and" or ";")
                return QuoteText.TrimEnd(document, first, document.FoldedToken(boundary - 1) is "," ? boundary - 1 : boundary);
        }
        return end;
    }

    /// <summary>
    /// The subject of sentence <paramref name="sentence"/> and its verb before <paramref name="openToken"/>, when the
    /// verb follows the subject (past auxiliaries, adverbs and an interjection): "Bolton called Obama’s ignorance
    /// “disrespectful”", "Mike Huckabee, for his part, is labeling …". Needs part-of-speech tags.
    /// </summary>
    public static (int Verb, SpeakerPhrase Phrase)? SubjectVerb(QuoteContext context, int sentence, int openToken)
    {
        var document = context.Document;
        if (document.Tags.Length == 0) return null;
        int first = document.Sentences[sentence].FirstToken;
        if (openToken - first < 2 || context.Speakers.SubjectOfClause(document, first, openToken) is not { } phrase) return null;
        for (int t = phrase.End; t < openToken; t++)
        {
            // "Mike Huckabee, for his part, is labeling …": an interjection between commas is stepped over.
            if (document.FoldedToken(t) is "," && t == phrase.End)
            {
                int close = t + 1;
                while (close < openToken && close - t <= MaxInterjectionTokens && document.FoldedToken(close) is not ",") close++;
                if (close < openToken && document.FoldedToken(close) is ",") t = close;
                continue;
            }
            var tag = document.TagNames[document.Tags[t]];
            if (tag == "VERB") return (t, phrase);
            if (tag is not ("AUX" or "ADV" or "PART" or "PUNCT")) break;
        }
        return null;
    }

    /// <summary>The cue and speaker of a sentence ending in a colon that introduces a quote: "The Times explains:", "Dr. Ward stated:".</summary>
    public static (int Cue, int Length, SpeakerPhrase Phrase)? IntroCue(QuoteContext context, SentenceSpan intro)
    {
        var document = context.Document;
        var speakers = context.Speakers;
        int colon = intro.EndToken - 1;
        if (document.FoldedToken(colon) is not ":") return null;
        for (int c = intro.FirstToken; c < colon; c++)
        {
            if (context.IsQuoted(c) || !context.TryCueAt(c, out var cue, out int length) || cue.Class is CueClass.Title or CueClass.Intent) continue;
            var phrase = cue.Class == CueClass.According
                ? speakers.FindRight(document, c + length, colon)
                : speakers.FindLeft(document, c, intro.FirstToken) ?? speakers.FindRight(document, c + length, colon);
            if (phrase is not null) return (c, length, phrase.Value);
        }
        return null;
    }
}
