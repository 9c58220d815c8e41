using ClaimPipeline.Nlp.Lexicons;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes;

/// <summary>The closed word classes and tag tests that speaker phrases are read with.</summary>
internal static class SpeakerWords
{
    public static readonly WordSet Pronouns = new(["he", "she", "they", "it", "we", "i"], ignoreCase: true);

    public static readonly WordSet Determiners = new(
        ["a", "an", "the", "two", "three", "several", "some", "many", "other", "one", "another", "its", "his", "her", "their", "our"],
        ignoreCase: true);

    public static readonly WordSet StandaloneDeterminers = new(
        ["another", "others", "one", "some", "many", "several", "both", "few", "most"], ignoreCase: true);

    // Words that end a role phrase when read leftwards: "… and national security adviser".
    public static readonly WordSet FunctionWords = new(
    [
        "and", "or", "but", "nor", "of", "in", "on", "at", "for", "from", "with", "by", "to", "as", "that", "which",
        "who", "whom", "whose", "than", "if", "when", "while", "because", "after", "before", "since", "about", "into",
        "over", "under", "between", "through", "during", "against", "among", "without", "this", "these", "those",
        "said", "says", "told", "say", "not", "no", "so", "there", "here", "where", "what", "how", "why",
    ], ignoreCase: true);

    // Auxiliaries and adverbs between a subject and its cue: "Biden has privately decided", "he also said".
    public static readonly WordSet Skippable = new(
    [
        "has", "have", "had", "is", "was", "were", "are", "been", "be", "also", "would", "will", "could", "should",
        "may", "might", "did", "does", "do", "not", "never", "just", "then", "again", "already", "once", "later",
        "earlier", "separately", "further", "even", "still", "too", "himself", "herself", "themselves", "itself", "now",
    ], ignoreCase: true);

    public static bool IsSkippable(Document document, int t)
    {
        var word = document.FoldedToken(t);
        if (document.Tokens[t].Kind != TokenKind.Word || char.IsUpper(word[0])) return false;
        return Skippable.Contains(word) || (word.Length > 4 && word.EndsWith("ly"));
    }

    public static bool IsParticiple(Document document, int cue) => document.FoldedToken(cue).EndsWith("ing", StringComparison.Ordinal);

    public static bool IsPluralNoun(Document document, int t) =>
        document.Tags.Length > 0 && document.TagNames[document.Tags[t]] == "NOUN" && document.FoldedToken(t) is { Length: > 3 } word
        && word[^1] == 's' && word[^2] != 's' && char.IsLower(word[0]);

    public static bool IsVerb(Document document, int t) =>
        document.Tags.Length > 0 && document.TagNames[document.Tags[t]] is "VERB" or "AUX";

    /// <summary>"released a statement Wednesday saying": a participle right after a noun reports the clause subject's words.</summary>
    public static bool IsNoun(Document document, int t) =>
        document.Tags.Length > 0 && document.TagNames[document.Tags[t]] is "NOUN" or "PROPN";

    /// <summary>A word inside a plain noun phrase: "a voice-over in the ad", "the 43-year-old"; not a conjunction or relative pronoun.</summary>
    public static bool IsDescriptionWord(Document document, int t) =>
        document.Tokens[t].Kind is TokenKind.Word or TokenKind.Number
        && document.FoldedToken(t) is not ("who" or "which" or "that" or "whose" or "and" or "or" or "but" or "when" or "as" or "while");

    /// <summary>The "(" that opens the parenthesis closed at <paramref name="close"/>, when it is short and within the sentence.</summary>
    public static int? OpeningParenthesis(Document document, int close, int limit)
    {
        for (int t = close - 1; t >= limit && close - t <= MaxParenthesisTokens; t--)
            if (document.FoldedToken(t) is "(") return t > limit ? t : null;
        return null;
    }

    private const int MaxParenthesisTokens = 8;
}
