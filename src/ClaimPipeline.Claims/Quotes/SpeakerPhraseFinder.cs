using ClaimPipeline.Nlp.Entities;
using ClaimPipeline.Nlp.Lexicons;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes;

/// <summary>
/// Reads the noun phrase that names a speaker next to a cue: the subject before it ("Taliban spokesman Zabihullah
/// Mujahid said", "he said", "Hugh Hill, a doctor, said") or the phrase after it ("said the spokesman").
/// </summary>
public sealed class SpeakerPhraseFinder(NameLexicons names)
{
    private static readonly WordSet Pronouns = new(["he", "she", "they", "it", "we", "i"], ignoreCase: true);

    /// <summary>A pronoun that can be a speaker phrase on its own ("he said").</summary>
    public static bool IsPronoun(ReadOnlySpan<char> word) => Pronouns.Contains(word);

    private static readonly WordSet Determiners = new(
        ["a", "an", "the", "two", "three", "several", "some", "many", "other", "one", "another", "its", "his", "her", "their", "our"],
        ignoreCase: true);

    // Words that end a role phrase when read leftwards: "… and national security adviser".
    private static readonly WordSet FunctionWords = new(
    [
        "and", "or", "but", "nor", "of", "in", "on", "at", "for", "from", "with", "by", "to", "as", "that", "which",
        "who", "whom", "whose", "than", "if", "when", "while", "because", "after", "before", "since", "about", "into",
        "over", "under", "between", "through", "during", "against", "among", "without", "this", "these", "those",
        "said", "says", "told", "say", "not", "no", "so", "there", "here", "where", "what", "how", "why",
    ], ignoreCase: true);

    // Auxiliaries and adverbs between a subject and its cue: "Biden has privately decided", "he also said".
    private static readonly WordSet Skippable = new(
    [
        "has", "have", "had", "is", "was", "were", "are", "been", "be", "also", "would", "will", "could", "should",
        "may", "might", "did", "does", "do", "not", "never", "just", "then", "again", "already", "once", "later",
        "earlier", "separately", "further", "even", "still", "too",
    ], ignoreCase: true);

    public SpeakerPhrase? FindLeft(Document document, int cue, int limit)
    {
        int t = cue - 1;
        int skipped = 0;
        while (t >= limit && skipped < 3 && IsSkippable(document, t))
        {
            t--;
            skipped++;
        }
        if (t < limit) return null;
        var word = document.FoldedToken(t);
        if (Pronouns.Contains(word)) return new SpeakerPhrase(t, t + 1, SpeakerPhraseKind.Pronoun, -1, -1);

        int entity = document.EntityAtToken(t);
        if (entity >= 0 && document.Entities[entity].EndToken == t + 1)
            return WithRoleBefore(document, document.Entities[entity], limit);

        if (names.RoleHeads.TryGet(word, out _)) return DescriptionEndingAt(document, t, limit);

        if (word is "," && t - 1 >= limit) return Apposition(document, t, limit);
        return null;
    }

    public SpeakerPhrase? FindRight(Document document, int start, int limit)
    {
        if (start >= limit) return null;
        var word = document.FoldedToken(start);
        if (Pronouns.Contains(word)) return new SpeakerPhrase(start, start + 1, SpeakerPhraseKind.Pronoun, -1, -1);
        if (NameAt(document, start, limit) is { } name) return name;
        int t = start;
        while (t < limit && Determiners.Contains(document.FoldedToken(t))) t++;
        if (t > start && NameAt(document, t, limit) is { } named) return named;
        while (t < limit && (Determiners.Contains(document.FoldedToken(t)) || IsModifier(document, t))) t++;
        // "the spokesman Zabihullah Mujahid", "spokesman Mujahid": a role before a name.
        while (t < limit && (names.RoleHeads.TryGet(document.FoldedToken(t), out _) || names.Titles.Contains(document.FoldedToken(t)))) t++;
        if (t < limit)
        {
            int entity = document.EntityAtToken(t);
            if (entity >= 0 && IsSpeakerEntity(document.Entities[entity]))
            {
                var e = document.Entities[entity];
                if (t > start && RoleIn(document, start, t)) return new SpeakerPhrase(e.FirstToken, e.EndToken, SpeakerPhraseKind.Name, start, t);
                return new SpeakerPhrase(e.FirstToken, e.EndToken, SpeakerPhraseKind.Name, -1, -1);
            }
        }
        if (t > start && names.RoleHeads.TryGet(document.FoldedToken(t - 1), out _))
            return new SpeakerPhrase(start, t, SpeakerPhraseKind.Description, -1, -1);
        return null;
    }

    /// <summary>The entity as a speaker phrase, with the title or role written right before it ("Taliban spokesman Zabihullah Mujahid").</summary>
    public SpeakerPhrase WithRoleBefore(Document document, EntitySpan entity, int limit)
    {
        int t = entity.FirstToken - 1;
        int roleEnd = entity.FirstToken;
        bool hasHead = false;
        // An honorific right before the name ("Mr Blair") is no role and ends the search.
        if (t >= limit && names.Honorifics.TryGet(document.FoldedToken(t), out _))
            return new SpeakerPhrase(entity.FirstToken, entity.EndToken, SpeakerPhraseKind.Name, -1, -1);
        while (t >= limit)
        {
            var word = document.FoldedToken(t);
            if (names.Honorifics.TryGet(word, out _)) break;
            if (names.RoleHeads.TryGet(word, out _) || names.Titles.Contains(word)) hasHead = true;
            else if (!IsModifier(document, t)) break;
            t--;
        }
        int roleFirst = t + 1;
        if (!hasHead || roleFirst >= roleEnd)
            return new SpeakerPhrase(entity.FirstToken, entity.EndToken, SpeakerPhraseKind.Name, -1, -1);
        // A role must end with its head: "Taliban spokesman", not "spokesman Taliban".
        var last = document.FoldedToken(roleEnd - 1);
        if (!names.RoleHeads.TryGet(last, out _) && !names.Titles.Contains(last))
            return new SpeakerPhrase(entity.FirstToken, entity.EndToken, SpeakerPhraseKind.Name, -1, -1);
        return new SpeakerPhrase(entity.FirstToken, entity.EndToken, SpeakerPhraseKind.Name, roleFirst, roleEnd);
    }

    /// <summary>"according to CNN", "said the Taliban": a name right away is the speaker, not a modifier of a role noun.</summary>
    private SpeakerPhrase? NameAt(Document document, int t, int limit)
    {
        int index = document.EntityAtToken(t);
        if (index < 0) return null;
        var entity = document.Entities[index];
        if (entity.FirstToken != t || !IsSpeakerEntity(entity)) return null;
        if (entity.EndToken < limit && names.RoleHeads.TryGet(document.FoldedToken(entity.EndToken), out _)) return null;
        return new SpeakerPhrase(entity.FirstToken, entity.EndToken, SpeakerPhraseKind.Name, -1, -1);
    }

    private SpeakerPhrase DescriptionEndingAt(Document document, int head, int limit)
    {
        int t = head - 1;
        while (t >= limit && (IsModifier(document, t) || names.RoleHeads.TryGet(document.FoldedToken(t), out _))) t--;
        if (t >= limit && Determiners.Contains(document.FoldedToken(t))) t--;
        return new SpeakerPhrase(t + 1, head + 1, SpeakerPhraseKind.Description, -1, -1);
    }

    /// <summary>
    /// "Hugh Hill, a doctor, said", "Christopher Harvey, an African-American delegate from Houston, Texas, said": the
    /// comma before the cue closes an apposition that opens with a comma right after a name, and the apposition
    /// starts with a determiner or holds a role noun. Inner commas (a place and its state) are stepped over.
    /// </summary>
    private SpeakerPhrase? Apposition(Document document, int closingComma, int limit)
    {
        for (int t = closingComma - 2; t > limit && closingComma - t <= MaxAppositionTokens; t--)
        {
            if (document.FoldedToken(t) is not ",") continue;
            int entity = document.EntityAtToken(t - 1);
            if (entity < 0 || !IsSpeakerEntity(document.Entities[entity]) || document.Entities[entity].EndToken != t) continue;
            int roleFirst = t + 1;
            bool determiner = Determiners.Contains(document.FoldedToken(roleFirst));
            if (!determiner && !RoleIn(document, roleFirst, closingComma)) continue;
            if (determiner) roleFirst++;
            var e = document.Entities[entity];
            return new SpeakerPhrase(e.FirstToken, e.EndToken, SpeakerPhraseKind.Name, roleFirst, closingComma);
        }
        return null;
    }

    private const int MaxAppositionTokens = 25;

    private bool RoleIn(Document document, int first, int end)
    {
        for (int t = first; t < end; t++)
            if (names.RoleHeads.TryGet(document.FoldedToken(t), out _) || names.Titles.Contains(document.FoldedToken(t))) return true;
        return false;
    }

    /// <summary>A word that can stand inside a role or description: "national", "security", "Taliban", "former".</summary>
    private bool IsModifier(Document document, int t)
    {
        var token = document.Tokens[t];
        if (token.Kind != TokenKind.Word) return false;
        var word = document.FoldedToken(t);
        if (word[0] == '\'') return false; // a clitic: "the club's coach" is no role of the coach's name
        if (Determiners.Contains(word) || Pronouns.Contains(word)) return false;
        int entity = document.EntityAtToken(t);
        if (entity >= 0) return document.Entities[entity].Label is EntityLabel.Org or EntityLabel.Norp or EntityLabel.Loc;
        if (char.IsUpper(word[0])) return false;
        return !Skippable.Contains(word) && !FunctionWords.Contains(word) && !(word.Length > 4 && word.EndsWith("ed"));
    }

    private static bool IsSkippable(Document document, int t)
    {
        var word = document.FoldedToken(t);
        if (document.Tokens[t].Kind != TokenKind.Word || char.IsUpper(word[0])) return false;
        return Skippable.Contains(word) || (word.Length > 4 && word.EndsWith("ly"));
    }

    private static bool IsSpeakerEntity(EntitySpan entity) =>
        entity.Label is EntityLabel.Person or EntityLabel.Org or EntityLabel.Norp or EntityLabel.Misc;
}
