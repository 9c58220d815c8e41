using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Claims.Cues;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes.Reported;

/// <summary>
/// "X said (that) …", "X warned Congress that …", "X asked whether …", "X told POLITICO they …": the speaker
/// before the cue, and the words in the clause after it, up to the sentence's end or a second attribution.
/// </summary>
internal sealed class ClauseAfterCue : IReportedSpeechHandler
{
    /// <summary>"said that …", "warned Congress that …".</summary>
    public static readonly ClaimRule ThatRule = ClaimRules.IndirectThat;
    /// <summary>"asked whether …": the question is the content.</summary>
    public static readonly ClaimRule AskRule = ClaimRules.IndirectAsk;
    /// <summary>"said the Taliban would …": a clause without "that".</summary>
    public static readonly ClaimRule BareRule = ClaimRules.IndirectSay;

    /// <summary>How far after the cue "that" or a question word may open the clause.</summary>
    private const int MaxTokensBeforeClause = 6;

    /// <summary>Cue lemmas after which a noun phrase, not only a determiner or name, opens the reported clause.</summary>
    private static readonly HashSet<string> NounClauseLemmas = new(StringComparer.Ordinal)
    {
        "say", "add", "claim", "insist", "argue", "believe", "think", "predict", "estimate", "contend", "maintain", "allege",
    };

    public Claim? Find(QuoteContext context, SentenceSpan sentence, int cue, int length, Cue entry)
    {
        var document = context.Document;
        var phrase = context.Speakers.FindLeft(document, cue, sentence.FirstToken);
        if (phrase is null) return null;
        int k = cue + length;
        int contentEnd = QuoteText.TrimEnd(document, sentence.FirstToken, sentence.EndToken);
        int first = -1;
        var rule = ThatRule;
        for (int t = k; t < Math.Min(contentEnd, k + MaxTokensBeforeClause); t++)
        {
            var word = document.FoldedToken(t);
            if (document.Tokens[t].Kind == TokenKind.Punctuation || context.IsQuoted(t)) break;
            if (word is "that")
            {
                first = t + 1;
                break;
            }
            // "asked whether the plan would pass", "asked reporters what they expected": the question is the content.
            if (entry.Lemma is "ask" or "wonder" && word is "whether" or "if" or "what" or "who" or "how" or "why" or "when" or "where" or "which")
            {
                first = t;
                rule = AskRule;
                break;
            }
        }
        if (first < 0 && k < contentEnd && context.Options.BareClauseLemmas.Contains(entry.Lemma) && StartsClause(document, k, entry.Lemma))
        {
            first = k;
            rule = BareRule;
        }
        // "told POLITICO they concluded …", "told him the plan was dead": the clause after the person told.
        if (first < 0 && entry.Lemma == "tell" && AfterObject(document, k, contentEnd) is int clause && StartsClause(document, clause, "say"))
        {
            first = clause;
            rule = BareRule;
        }
        if (first < 0 || first >= contentEnd) return null;
        contentEnd = ClauseReader.End(context, first, contentEnd);
        return QuoteClaims.Make(context, ClaimKind.Indirect, document.Tokens[first].Start, document.Tokens[contentEnd - 1].End,
            rule, cue, cue + length, phrase.Value);
    }

    /// <summary>The token after the object of "told": a name, an object pronoun, or "reporters".</summary>
    private static int? AfterObject(Document document, int t, int end)
    {
        if (t >= end) return null;
        int entity = document.EntityAtToken(t);
        if (entity >= 0 && document.Entities[entity].FirstToken == t) return document.Entities[entity].EndToken < end ? document.Entities[entity].EndToken : null;
        if (document.FoldedToken(t) is "him" or "her" or "them" or "us" or "me" or "reporters" or "supporters") return t + 1 < end ? t + 1 : null;
        // An outlet or person the recognizer missed: capitalised words.
        int after = t;
        while (after < end && after - t < 4 && document.Tokens[after].Kind == TokenKind.Word && char.IsUpper(document.FoldedToken(after)[0])) after++;
        return after > t && after < end ? after : null;
    }

    /// <summary>A word that can open a reported clause: a number, a name, a determiner or subject pronoun, or a noun after some verbs.</summary>
    private static bool StartsClause(Document document, int t, string lemma)
    {
        var word = document.FoldedToken(t);
        if (document.Tokens[t].Kind == TokenKind.Number) return true;
        if (document.Tokens[t].Kind != TokenKind.Word) return false;
        if (char.IsUpper(word[0])) return true;
        if (word is "the" or "a" or "an" or "he" or "she" or "they" or "it" or "we" or "i" or "there" or "this"
            or "these" or "those" or "his" or "her" or "their" or "its" or "our" or "no" or "some" or "all") return true;
        // "He said states like California will …": a noun phrase opens the reported clause too, after verbs that
        // take no object ("warned voters against …" has one).
        return NounClauseLemmas.Contains(lemma) && document.Tags.Length > 0 && document.TagNames[document.Tags[t]] is "NOUN" or "ADJ"
            && t + 1 < document.Tokens.Length && document.Tokens[t + 1].Kind == TokenKind.Word;
    }
}
