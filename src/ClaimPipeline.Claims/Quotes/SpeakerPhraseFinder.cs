using ClaimPipeline.Nlp.Entities;
using ClaimPipeline.Nlp.Text;
using static ClaimPipeline.Claims.Quotes.SpeakerWords;

namespace ClaimPipeline.Claims.Quotes;

/// <summary>
/// Reads the noun phrase that names a speaker next to a cue: the subject before it ("Taliban spokesman Zabihullah
/// Mujahid said", "he said", "Hugh Hill, a doctor, said") or the phrase after it ("said the spokesman").
/// </summary>
public sealed class SpeakerPhraseFinder
{
    /// <summary>
    /// How often one reading may start over: at a participle's cue before its comma ("Cruz said, adding"), or at
    /// the name after a possessive ("Iowa State University's Dianne Bystrom"). Once is enough, and the bound keeps
    /// each cue's work small. The depth is passed along, so the finder keeps no state between calls.
    /// </summary>
    private const int MaxDepth = 1;

    // How far back a clause is read for its subject and its quotation marks: keeps each cue's work bounded.
    private const int MaxClauseTokens = 80;
    private const int MaxOpeningAdverbialTokens = 8;
    private const int MaxDescriptionTokens = 8;

    private readonly NameLexicons _lexicons;
    private readonly NameReader _names;
    private readonly AppositionReader _appositions;

    public SpeakerPhraseFinder(NameLexicons names)
    {
        _lexicons = names;
        _names = new NameReader(names);
        _appositions = new AppositionReader(_names);
    }

    /// <summary>A pronoun that can be a speaker phrase on its own ("he said").</summary>
    public static bool IsPronoun(ReadOnlySpan<char> word) => Pronouns.Contains(word);

    /// <summary>The speaker before the cue at <paramref name="cue"/>, reading no further left than <paramref name="limit"/>.</summary>
    public SpeakerPhrase? FindLeft(Document document, int cue, int limit) => FindLeft(document, cue, limit, depth: 0);

    private SpeakerPhrase? FindLeft(Document document, int cue, int limit, int depth)
    {
        int t = cue - 1;
        int skipped = 0;
        while (t >= limit && skipped < 3 && IsSkippable(document, t))
        {
            t--;
            skipped++;
        }
        if (t < limit) return null;
        // "Rep. Gwen Moore (D-Wis.) said": a short parenthesis between the subject and its cue.
        if (document.FoldedToken(t) is ")" && OpeningParenthesis(document, t, limit) is int open) t = open - 1;
        if (t < limit) return null;
        var word = document.FoldedToken(t);
        if (Pronouns.Contains(word)) return new SpeakerPhrase(t, t + 1, SpeakerPhraseKind.Pronoun, -1, -1);
        // "Another tweeted", "Others said": a determiner standing alone at the start of its clause.
        if (StandaloneDeterminers.Contains(word) && (t == limit || document.Tokens[t - 1].Kind == TokenKind.Punctuation))
            return new SpeakerPhrase(t, t + 1, SpeakerPhraseKind.Description, -1, -1);
        // "emailed supporters saying": the noun before a participle is its object; the clause subject speaks.
        if (IsParticiple(document, cue) && word is not "," && ClauseSubject(document, cue, t, limit, depth) is { } subject) return subject;

        // "Rikkie Wells who tweeted", "Trump - who previously said": the relative pronoun is the mention, as "he"
        // is; speaker resolution reads its antecedent, the name right before it.
        if (word is "who" && RelativeAntecedent(document, t, limit) >= 0)
            return new SpeakerPhrase(t, t + 1, SpeakerPhraseKind.Pronoun, -1, -1);

        if (_names.NameEndingAt(document, t, limit) is { } last && _names.WithListBefore(document, last, limit) is var name)
        {
            // "Jeffrey Lewis of the James Martin Center wrote": the person before "of" speaks, not the institution.
            if (name.Kind == SpeakerPhraseKind.Name && document.EntityAtToken(name.First) is int e && e >= 0
                && document.Entities[e].Label is EntityLabel.Org or EntityLabel.Loc && _names.PersonOf(document, name.First, limit) is { } person)
                return person;
            return name;
        }

        if (_lexicons.RoleHeads.TryGet(word, out _)) return _names.DescriptionEndingAt(document, t, limit);
        // "7 percent said", "a third of independents, 33%, say": a share of those polled.
        if (word is "percent" or "%")
            return new SpeakerPhrase(t - 1 >= limit && document.Tokens[t - 1].Kind == TokenKind.Number ? t - 1 : t, t + 1, SpeakerPhraseKind.Description, -1, -1);
        // "Social conservatives say", "many economists say": a plural noun right before the cue is its subject.
        if (IsPluralNoun(document, t) && !IsParticiple(document, cue)) return _names.DescriptionEndingAt(document, t, limit);

        if (word is "," && t - 1 >= limit && _appositions.EndingAt(document, t, limit) is { } apposition) return apposition;
        return ClauseSubject(document, cue, t, limit, depth);
    }

    /// <summary>
    /// The subject that opens the clause when words stand between it and the cue: an interjection ("Clinton, during
    /// a town hall meeting in Columbus, said"), a coordinated verb ("Trump called on her to resign and said"), or a
    /// participle ("Sanders stepped up his emphasis on criminal justice, saying", "… by saying"). A short opening
    /// adverbial ("On Friday, Gingrich — … — told") is stepped over.
    /// </summary>
    private SpeakerPhrase? ClauseSubject(Document document, int cue, int before, int limit, int depth)
    {
        var word = document.FoldedToken(before);
        bool participle = IsParticiple(document, cue);
        // "Cruz said, adding: …": the participle continues the cue before the comma, whose speaker it shares.
        if (participle && word is "," && before - 1 > limit && IsVerb(document, before - 1) && depth < MaxDepth
            && FindLeft(document, before - 1, limit, depth + 1) is { } earlier)
            return earlier;
        // A comma may stand inside the closing mark of a quoted phrase: "a defense of “New York values,” saying".
        bool afterComma = word is "," || (word is "\"" && before > limit && document.FoldedToken(before - 1) is "," && !IsQuoteClosingAt(document, before, limit));
        bool separated = afterComma || word is "\u2014" or "--" or "and"
            || (participle && (word is "by" or "upon" or "while" or "after" or "before" || IsNoun(document, before)));
        if (!separated) return null;
        // "…, I laughed and said": a coordinated verb's subject is that of the nearest clause, after the last comma.
        if (word is "and")
        {
            int comma = before - 1;
            while (comma > limit && document.FoldedToken(comma) is not ",") comma--;
            if (comma > limit && SubjectOfClause(document, comma + 1, before, depth) is { } nearest) return nearest;
        }
        return SubjectOfClause(document, limit, before, depth);
    }

    /// <summary>
    /// The subject that opens the clause starting at <paramref name="start"/> and ends before <paramref name="end"/>:
    /// a name, pronoun or description followed by its verb, an adverb or an interjection. A short opening adverbial
    /// ("On Friday, …") is stepped over.
    /// </summary>
    public SpeakerPhrase? SubjectOfClause(Document document, int start, int end) => SubjectOfClause(document, start, end, depth: 0);

    private SpeakerPhrase? SubjectOfClause(Document document, int start, int end, int depth)
    {
        // A sentence that opens inside quoted words ("He has been a leader,” Cruz said, adding") has its subject
        // after the closing mark: an odd number of marks before the cue means the first one closes a quotation.
        start = Math.Max(start, end - MaxClauseTokens);
        int marks = 0, firstMark = -1;
        for (int t = start; t < end; t++)
            if (document.FoldedToken(t) is "\"" && marks++ == 0) firstMark = t;
        if (marks % 2 == 1) start = firstMark + 1;
        for (int attempt = 0; attempt < 3 && start < end; attempt++)
        {
            // "Speaking in Salem, New Hampshire, Trump went after Bush": a place before a comma is an adverbial's.
            if (FindRight(document, start, end, depth) is { } phrase && phrase.End < end && EndsSubject(document, phrase.End) && !NameReader.IsPlace(document, phrase))
                return phrase;
            if (SubjectNounPhrase(document, start, end) is { } described) return described;
            int comma = start;
            while (comma < end && comma - start < MaxOpeningAdverbialTokens && document.FoldedToken(comma) is not ",") comma++;
            if (comma >= end || document.FoldedToken(comma) is not ",") break;
            start = comma + 1;
        }
        return null;
    }

    /// <summary>The mark at <paramref name="mark"/> closes quoted words that open the clause ("“…,” said X"): no subject precedes it.</summary>
    private static bool IsQuoteClosingAt(Document document, int mark, int limit)
    {
        int marks = 0;
        for (int t = Math.Max(limit, mark - MaxClauseTokens); t < mark; t++)
            if (document.FoldedToken(t) is "\"") marks++;
        return marks % 2 == 1;
    }

    /// <summary>"The town released …": a noun phrase opening with a determiner, up to the verb that follows it.</summary>
    private static SpeakerPhrase? SubjectNounPhrase(Document document, int first, int limit)
    {
        if (document.Tags.Length == 0 || first >= limit || !Determiners.Contains(document.FoldedToken(first))) return null;
        int end = first + 1;
        while (end < limit && end - first < MaxDescriptionTokens && document.Tokens[end].Kind == TokenKind.Word && !IsVerb(document, end)
            && !FunctionWords.Contains(document.FoldedToken(end))) end++;
        if (end == first + 1 || end >= limit || !IsVerb(document, end)) return null;
        return new SpeakerPhrase(first, end, SpeakerPhraseKind.Description, -1, -1);
    }

    /// <summary>What may follow a clause's subject: its verb, an adverb, a comma or dash opening an interjection, "who".</summary>
    private static bool EndsSubject(Document document, int t)
    {
        var word = document.FoldedToken(t);
        if (word is "," or "\u2014" or "--" or "(" or "who" or "himself" or "herself" or "themselves" or "itself") return true;
        // "Holger Schmieding of Berenberg, …, warned": a name with the institution it speaks for.
        if (word is "of" or "at" or "from" && t + 1 < document.Tokens.Length && char.IsUpper(document.FoldedToken(t + 1)[0])) return true;
        return document.Tags.Length > 0 && document.TagNames[document.Tags[t]] is "VERB" or "AUX" or "ADV";
    }

    /// <summary>
    /// A speaker between a quote and its cue that names no one: "“…,” the congressional report said". The tokens
    /// [first, cue) are a short noun phrase that opens with a determiner.
    /// </summary>
    public SpeakerPhrase? DescriptionBefore(Document document, int first, int cue)
    {
        if (cue - first is < 2 or > MaxDescriptionTokens || !Determiners.Contains(document.FoldedToken(first))) return null;
        for (int t = first + 1; t < cue; t++)
            if (!IsDescriptionWord(document, t) || IsVerb(document, t)) return null;
        return new SpeakerPhrase(first, cue, SpeakerPhraseKind.Description, -1, -1);
    }

    /// <summary>
    /// A speaker after the cue that names no one: "said the agency, which …", "said one of two witnesses who …": a
    /// noun phrase opening with a determiner, up to punctuation or a relative pronoun.
    /// </summary>
    public SpeakerPhrase? DescriptionAfter(Document document, int first, int limit)
    {
        if (first >= limit || !Determiners.Contains(document.FoldedToken(first))) return null;
        int end = first + 1;
        while (end < limit && end - first < MaxDescriptionTokens && IsDescriptionWord(document, end)) end++;
        if (end == first + 1) return null;
        if (end < limit && document.FoldedToken(end) is not ("," or "." or "who" or "which" or "that" or "whose")) return null;
        return new SpeakerPhrase(first, end, SpeakerPhraseKind.Description, -1, -1);
    }

    /// <summary>The speaker starting at <paramref name="start"/>, after a cue ("said the spokesman"), ending before <paramref name="limit"/>.</summary>
    public SpeakerPhrase? FindRight(Document document, int start, int limit) => FindRight(document, start, limit, depth: 0);

    private SpeakerPhrase? FindRight(Document document, int start, int limit, int depth)
    {
        if (start >= limit) return null;
        var word = document.FoldedToken(start);
        if (Pronouns.Contains(word)) return new SpeakerPhrase(start, start + 1, SpeakerPhraseKind.Pronoun, -1, -1);
        if (_names.NameAt(document, start, limit) is { } name)
        {
            // "Iowa State University's Dianne Bystrom": the name after a possessive is the speaker.
            if (name.End + 1 < limit && document.FoldedToken(name.End) is "'s" && depth < MaxDepth
                && FindRight(document, name.End + 1, limit, depth + 1) is { Kind: SpeakerPhraseKind.Name } owned)
                return owned;
            return name;
        }
        int t = start;
        while (t < limit && Determiners.Contains(document.FoldedToken(t))) t++;
        if (t > start && _names.NameAt(document, t, limit) is { } named) return named;
        // Modifiers up to the role noun, which ends the phrase unless a name follows ("The Florida senator sought").
        while (t < limit && !_lexicons.RoleHeads.TryGet(document.FoldedToken(t), out _)
            && (Determiners.Contains(document.FoldedToken(t)) || _names.IsModifier(document, t))) t++;
        // "the spokesman Zabihullah Mujahid", "spokesman Mujahid": a role before a name.
        while (t < limit && (_lexicons.RoleHeads.TryGet(document.FoldedToken(t), out _) || _lexicons.Titles.Contains(document.FoldedToken(t)))) t++;
        if (t < limit)
        {
            int entity = document.EntityAtToken(t);
            int nameFirst = -1, nameEnd = -1;
            if (entity >= 0)
                (nameFirst, nameEnd) = (document.Entities[entity].FirstToken, document.Entities[entity].EndToken);
            else if (_names.CapitalizedNameStartingAt(document, t, limit) is int end)
                (nameFirst, nameEnd) = (t, end);
            if (nameFirst >= 0)
            {
                if (t > start && _names.RoleIn(document, start, t)) return new SpeakerPhrase(nameFirst, nameEnd, SpeakerPhraseKind.Name, start, t);
                return new SpeakerPhrase(nameFirst, nameEnd, SpeakerPhraseKind.Name, -1, -1);
            }
        }
        if (t > start && _lexicons.RoleHeads.TryGet(document.FoldedToken(t - 1), out _))
            return new SpeakerPhrase(start, t, SpeakerPhraseKind.Description, -1, -1);
        return null;
    }

    /// <summary>The entity that a relative "who" at <paramref name="who"/> refers to: the name right before it, or -1.</summary>
    public static int RelativeAntecedent(Document document, int who, int limit)
    {
        int t = who - 1;
        if (t >= limit && document.FoldedToken(t) is "," or "-" or "\u2014" or "--") t--;
        if (t < limit) return -1;
        int entity = document.EntityAtToken(t);
        return entity >= 0 && document.Entities[entity].EndToken == t + 1 ? entity : -1;
    }

    /// <summary>The entity as a speaker phrase, with the title or role written right before it ("Taliban spokesman Zabihullah Mujahid").</summary>
    public SpeakerPhrase WithRoleBefore(Document document, EntitySpan entity, int limit) => _names.WithRoleBefore(document, entity, limit);
}
