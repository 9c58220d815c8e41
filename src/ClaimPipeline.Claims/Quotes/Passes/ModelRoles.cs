using ClaimPipeline.Claims.Attribution;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes.Passes;

/// <summary>Reads the role tagger's labels around one cue: the window it tags, the content's tokens and the source's speaker phrase.</summary>
internal static class ModelRoles
{
    /// <summary>How many tokens on each side of a cue the role tagger reads: a source or content farther away is rare,
    /// and the bound keeps a run-on "sentence" of thousands of tokens from costing the square of its length per cue.</summary>
    public const int RoleWindowTokens = 80;

    /// <summary>
    /// The role tagger's labels for the cue over [cueFirst, cueEnd), over its <paramref name="window"/> of the sentence
    /// <paramref name="features"/> holds; <paramref name="labels"/> is the caller's buffer, grown as needed.
    /// </summary>
    public static Span<int> Tag(AttributionModel model, SentenceFeatures features, Document document, int cueFirst, int cueEnd,
        ref int[] labels, out SentenceSpan window)
    {
        window = Window(document, features.Sentence, cueFirst, cueEnd);
        if (labels.Length < window.TokenCount) labels = new int[window.TokenCount * 2];
        var roles = labels.AsSpan(0, window.TokenCount);
        model.TagRoles(features, window, cueFirst, cueEnd, roles);
        return roles;
    }

    /// <summary>The part of the sentence within <see cref="RoleWindowTokens"/> of the cue, read as a sentence of its own.</summary>
    public static SentenceSpan Window(Document document, SentenceSpan sentence, int cueFirst, int cueEnd)
    {
        int first = Math.Max(sentence.FirstToken, cueFirst - RoleWindowTokens), end = Math.Min(sentence.EndToken, cueEnd + RoleWindowTokens);
        if (first == sentence.FirstToken && end == sentence.EndToken) return sentence;
        return sentence with { FirstToken = first, EndToken = end, Start = document.Tokens[first].Start, End = document.Tokens[end - 1].End };
    }

    /// <summary>
    /// The content's tokens [first, end): from the first to the last content label on the side of the cue that has
    /// more of them, so that a stray label across the cue does not stretch the claim over it.
    /// </summary>
    public static (int First, int End)? ContentOf(ReadOnlySpan<int> roles, SentenceSpan sentence, int cueFirst, int cueEnd)
    {
        int leftCount = 0, rightCount = 0;
        for (int i = 0; i < roles.Length; i++)
        {
            if (roles[i] != AttributionLabels.Content) continue;
            if (sentence.FirstToken + i < cueFirst) leftCount++;
            else rightCount++;
        }
        if (leftCount == 0 && rightCount == 0) return null;
        int from = rightCount >= leftCount ? cueEnd : sentence.FirstToken, to = rightCount >= leftCount ? sentence.EndToken : cueFirst;
        int first = -1, last = -1;
        for (int t = from; t < to; t++)
        {
            if (roles[t - sentence.FirstToken] != AttributionLabels.Content) continue;
            if (first < 0) first = t;
            last = t;
        }
        return (first, last + 1);
    }

    /// <summary>
    /// The speaker phrase at the source run nearest the cue, read as the rules read one: from the run's first token up
    /// to the cue (or the window's end), so that a run the tagger cut short ("Mr" of "Mr McConnell") is read whole. A
    /// relative "who" or "which" with a name right before it is kept as the rules keep "who"; a pronoun is kept for resolution; any other run is a
    /// description when it holds a noun, else a mention that names no one ("its", "screaming": no speaker).
    /// Null when the tagger marked no source.
    /// </summary>
    public static SpeakerPhrase? SourceOf(QuoteContext context, ReadOnlySpan<int> roles, SentenceSpan window, int cueFirst, int cueEnd)
    {
        int best = -1, bestDistance = int.MaxValue;
        for (int i = 0; i < roles.Length; i++)
        {
            if (roles[i] != AttributionLabels.Source) continue;
            int t = window.FirstToken + i;
            int distance = t < cueFirst ? cueFirst - t : t - cueEnd;
            if (distance < bestDistance)
            {
                best = t;
                bestDistance = distance;
            }
        }
        if (best < 0) return null;
        int first = best, end = best + 1;
        while (first > window.FirstToken && roles[first - 1 - window.FirstToken] == AttributionLabels.Source) first--;
        while (end < window.EndToken && roles[end - window.FirstToken] == AttributionLabels.Source) end++;
        var document = context.Document;
        var word = document.FoldedToken(first);
        if (end - first == 1)
        {
            if (SpeakerPhraseFinder.IsPronoun(word)) return new SpeakerPhrase(first, end, SpeakerPhraseKind.Pronoun, -1, -1);
            // The relative word is the mention, as the rules keep "who"; resolution reads the name right before it.
            if (word is "who" or "which" or "that")
                return SpeakerPhraseFinder.RelativeAntecedent(document, first, window.FirstToken) < 0
                    ? null : new SpeakerPhrase(first, end, SpeakerPhraseKind.Pronoun, -1, -1);
        }
        int limit = first < cueFirst ? cueFirst : window.EndToken;
        if (context.Speakers.FindRight(document, first, limit) is { } phrase) return phrase;
        return new SpeakerPhrase(first, end, NamesSomeone(document, first, end) ? SpeakerPhraseKind.Description : SpeakerPhraseKind.Unnamed, -1, -1);
    }

    /// <summary>True when a token of [first, end) is a noun or proper noun (any word, when the tagger did not run).</summary>
    private static bool NamesSomeone(Document document, int first, int end)
    {
        if (document.Tags.Length == 0) return true;
        for (int t = first; t < end; t++)
            if (document.TagNames[document.Tags[t]] is "NOUN" or "PROPN") return true;
        return false;
    }
}
