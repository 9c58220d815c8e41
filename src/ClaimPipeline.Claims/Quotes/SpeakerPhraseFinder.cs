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

    private static readonly WordSet StandaloneDeterminers = new(
        ["another", "others", "one", "some", "many", "several", "both", "few", "most"], ignoreCase: true);

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
        "earlier", "separately", "further", "even", "still", "too", "himself", "herself", "themselves", "itself", "now",
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
        // "Rep. Gwen Moore (D-Wis.) said": a short parenthesis between the subject and its cue.
        if (document.FoldedToken(t) is ")" && OpeningParenthesis(document, t, limit) is int open) t = open - 1;
        if (t < limit) return null;
        var word = document.FoldedToken(t);
        if (Pronouns.Contains(word)) return new SpeakerPhrase(t, t + 1, SpeakerPhraseKind.Pronoun, -1, -1);
        // "Another tweeted", "Others said": a determiner standing alone at the start of its clause.
        if (StandaloneDeterminers.Contains(word) && (t == limit || document.Tokens[t - 1].Kind == TokenKind.Punctuation))
            return new SpeakerPhrase(t, t + 1, SpeakerPhraseKind.Description, -1, -1);
        // "emailed supporters saying": the noun before a participle is its object; the clause subject speaks.
        if (IsParticiple(document, cue) && word is not "," && ClauseSubject(document, cue, t, limit) is { } subject) return subject;

        // "Rikkie Wells who tweeted", "Trump - who previously said": the relative pronoun is the mention, as "he"
        // is; speaker resolution reads its antecedent, the name right before it.
        if (word is "who" && RelativeAntecedent(document, t, limit) >= 0)
            return new SpeakerPhrase(t, t + 1, SpeakerPhraseKind.Pronoun, -1, -1);

        if (NameEndingAt(document, t, limit) is { } last && WithListBefore(document, last, limit) is var name)
        {
            // "Jeffrey Lewis of the James Martin Center wrote": the person before "of" speaks, not the institution.
            if (name.Kind == SpeakerPhraseKind.Name && document.EntityAtToken(name.First) is int e && e >= 0
                && document.Entities[e].Label is EntityLabel.Org or EntityLabel.Loc && PersonOf(document, name.First, limit) is { } person)
                return person;
            return name;
        }

        if (names.RoleHeads.TryGet(word, out _)) return DescriptionEndingAt(document, t, limit);
        // "7 percent said", "a third of independents, 33%, say": a share of those polled.
        if (word is "percent" or "%")
            return new SpeakerPhrase(t - 1 >= limit && document.Tokens[t - 1].Kind == TokenKind.Number ? t - 1 : t, t + 1, SpeakerPhraseKind.Description, -1, -1);
        // "Social conservatives say", "many economists say": a plural noun right before the cue is its subject.
        if (IsPluralNoun(document, t) && !IsParticiple(document, cue)) return DescriptionEndingAt(document, t, limit);

        if (word is "," && t - 1 >= limit && Apposition(document, t, limit) is { } apposition) return apposition;
        return ClauseSubject(document, cue, t, limit);
    }

    /// <summary>
    /// The subject that opens the clause when words stand between it and the cue: an interjection ("Clinton, during
    /// a town hall meeting in Columbus, said"), a coordinated verb ("Trump called on her to resign and said"), or a
    /// participle ("Sanders stepped up his emphasis on criminal justice, saying", "… by saying"). A short opening
    /// adverbial ("On Friday, Gingrich — … — told") is stepped over.
    /// </summary>
    private SpeakerPhrase? ClauseSubject(Document document, int cue, int before, int limit)
    {
        var word = document.FoldedToken(before);
        bool participle = IsParticiple(document, cue);
        // "Cruz said, adding: …": the participle continues the cue before the comma, whose speaker it shares.
        if (participle && word is "," && before - 1 > limit && IsVerb(document, before - 1) && depth == 0)
        {
            depth++;
            try
            {
                if (FindLeft(document, before - 1, limit) is { } earlier) return earlier;
            }
            finally
            {
                depth--;
            }
        }
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
            if (comma > limit && SubjectOfClause(document, comma + 1, before) is { } nearest) return nearest;
        }
        return SubjectOfClause(document, limit, before);
    }

    /// <summary>
    /// The subject that opens the clause starting at <paramref name="start"/> and ends before <paramref name="end"/>:
    /// a name, pronoun or description followed by its verb, an adverb or an interjection. A short opening adverbial
    /// ("On Friday, …") is stepped over.
    /// </summary>
    public SpeakerPhrase? SubjectOfClause(Document document, int start, int end)
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
            if (FindRight(document, start, end) is { } phrase && phrase.End < end && EndsSubject(document, phrase.End) && !IsPlace(document, phrase))
                return phrase;
            if (SubjectNounPhrase(document, start, end) is { } described) return described;
            int comma = start;
            while (comma < end && comma - start < MaxOpeningAdverbialTokens && document.FoldedToken(comma) is not ",") comma++;
            if (comma >= end || document.FoldedToken(comma) is not ",") break;
            start = comma + 1;
        }
        return null;
    }

    private const int MaxOpeningAdverbialTokens = 8;

    [ThreadStatic] private static int depth;

    // How far back a clause is read for its subject and its quotation marks: keeps each cue's work bounded.
    private const int MaxClauseTokens = 80;

    /// <summary>The mark at <paramref name="mark"/> closes quoted words that open the clause ("“…,” said X"): no subject precedes it.</summary>
    private static bool IsQuoteClosingAt(Document document, int mark, int limit)
    {
        int marks = 0;
        for (int t = Math.Max(limit, mark - MaxClauseTokens); t < mark; t++)
            if (document.FoldedToken(t) is "\"") marks++;
        return marks % 2 == 1;
    }

    private static bool IsParticiple(Document document, int cue) => document.FoldedToken(cue).EndsWith("ing", StringComparison.Ordinal);

    private static bool IsPlace(Document document, SpeakerPhrase phrase) =>
        phrase.Kind == SpeakerPhraseKind.Name && document.EntityAtToken(phrase.First) is int e && e >= 0 && document.Entities[e].Label == EntityLabel.Loc;

    private static bool IsPluralNoun(Document document, int t) =>
        document.Tags.Length > 0 && document.TagNames[document.Tags[t]] == "NOUN" && document.FoldedToken(t) is { Length: > 3 } word
        && word[^1] == 's' && word[^2] != 's' && char.IsLower(word[0]);

    private static bool IsVerb(Document document, int t) =>
        document.Tags.Length > 0 && document.TagNames[document.Tags[t]] is "VERB" or "AUX";

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

    /// <summary>"released a statement Wednesday saying": a participle right after a noun reports the clause subject's words.</summary>
    private static bool IsNoun(Document document, int t) =>
        document.Tags.Length > 0 && document.TagNames[document.Tags[t]] is "NOUN" or "PROPN";

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

    private const int MaxDescriptionTokens = 8;

    /// <summary>A word inside a plain noun phrase: "a voice-over in the ad", "the 43-year-old"; not a conjunction or relative pronoun.</summary>
    private static bool IsDescriptionWord(Document document, int t) =>
        document.Tokens[t].Kind is TokenKind.Word or TokenKind.Number
        && document.FoldedToken(t) is not ("who" or "which" or "that" or "whose" or "and" or "or" or "but" or "when" or "as" or "while");

    /// <summary>What may follow a clause's subject: its verb, an adverb, a comma or dash opening an interjection, "who".</summary>
    private static bool EndsSubject(Document document, int t)
    {
        var word = document.FoldedToken(t);
        if (word is "," or "\u2014" or "--" or "(" or "who" or "himself" or "herself" or "themselves" or "itself") return true;
        // "Holger Schmieding of Berenberg, …, warned": a name with the institution it speaks for.
        if (word is "of" or "at" or "from" && t + 1 < document.Tokens.Length && char.IsUpper(document.FoldedToken(t + 1)[0])) return true;
        return document.Tags.Length > 0 && document.TagNames[document.Tags[t]] is "VERB" or "AUX" or "ADV";
    }

    public SpeakerPhrase? FindRight(Document document, int start, int limit)
    {
        if (start >= limit) return null;
        var word = document.FoldedToken(start);
        if (Pronouns.Contains(word)) return new SpeakerPhrase(start, start + 1, SpeakerPhraseKind.Pronoun, -1, -1);
        if (NameAt(document, start, limit) is { } name)
        {
            // "Iowa State University's Dianne Bystrom": the name after a possessive is the speaker.
            if (name.End + 1 < limit && document.FoldedToken(name.End) is "'s" && depth == 0)
            {
                depth++;
                try
                {
                    if (FindRight(document, name.End + 1, limit) is { Kind: SpeakerPhraseKind.Name } owned) return owned;
                }
                finally
                {
                    depth--;
                }
            }
            return name;
        }
        int t = start;
        while (t < limit && Determiners.Contains(document.FoldedToken(t))) t++;
        if (t > start && NameAt(document, t, limit) is { } named) return named;
        // Modifiers up to the role noun, which ends the phrase unless a name follows ("The Florida senator sought").
        while (t < limit && !names.RoleHeads.TryGet(document.FoldedToken(t), out _)
            && (Determiners.Contains(document.FoldedToken(t)) || IsModifier(document, t))) t++;
        // "the spokesman Zabihullah Mujahid", "spokesman Mujahid": a role before a name.
        while (t < limit && (names.RoleHeads.TryGet(document.FoldedToken(t), out _) || names.Titles.Contains(document.FoldedToken(t)))) t++;
        if (t < limit)
        {
            int entity = document.EntityAtToken(t);
            int nameFirst = -1, nameEnd = -1;
            if (entity >= 0 && IsSpeakerEntity(document.Entities[entity]))
                (nameFirst, nameEnd) = (document.Entities[entity].FirstToken, document.Entities[entity].EndToken);
            else if (entity < 0 && CapitalizedNameStartingAt(document, t, limit) is int end)
                (nameFirst, nameEnd) = (t, end);
            if (nameFirst >= 0)
            {
                if (t > start && RoleIn(document, start, t)) return new SpeakerPhrase(nameFirst, nameEnd, SpeakerPhraseKind.Name, start, t);
                return new SpeakerPhrase(nameFirst, nameEnd, SpeakerPhraseKind.Name, -1, -1);
            }
        }
        if (t > start && names.RoleHeads.TryGet(document.FoldedToken(t - 1), out _))
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
        return entity >= 0 && document.Entities[entity].EndToken == t + 1 && IsSpeakerEntity(document.Entities[entity]) ? entity : -1;
    }

    /// <summary>An entity or a name the recognizer missed ending at <paramref name="last"/>, with its title or role.</summary>
    private SpeakerPhrase? NameEndingAt(Document document, int last, int limit)
    {
        int entity = document.EntityAtToken(last);
        if (entity >= 0) return document.Entities[entity].EndToken == last + 1 ? WithRoleBefore(document, document.Entities[entity], limit) : null;
        return CapitalizedNameEndingAt(document, last, limit) is int first ? WithRoleBefore(document, first, last + 1, limit) : null;
    }

    /// <summary>
    /// "Senators Jon Tester and David Vitter said", "Tester (D-Mont.), Brown and Vitter said": names joined by "and"
    /// or commas before the last one speak together; the mention spans them all, the role is the first one's.
    /// </summary>
    private SpeakerPhrase WithListBefore(Document document, SpeakerPhrase last, int limit)
    {
        if (last.Kind != SpeakerPhraseKind.Name || last.HasRole) return last;
        var list = last;
        int t = last.First - 1;
        while (t - 1 >= limit && document.FoldedToken(t) is "and" or ",")
        {
            int before = t - 1;
            if (document.FoldedToken(before) is "," && document.FoldedToken(t) is "and") before--;
            if (before >= limit && document.FoldedToken(before) is ")" && OpeningParenthesis(document, before, limit) is int open) before = open - 1;
            if (before < limit || NameEndingAt(document, before, limit) is not { Kind: SpeakerPhraseKind.Name } previous || !IsPerson(document, previous)) break;
            list = previous with { End = last.End };
            if (previous.HasRole) break;
            t = previous.First - 1;
        }
        return list.First == last.First || !IsPerson(document, last) ? last : list;
    }

    private static bool IsPerson(Document document, SpeakerPhrase phrase) =>
        document.EntityAtToken(phrase.First) is var e && (e < 0 || document.Entities[e].Label == EntityLabel.Person);

    /// <summary>The person named right before "of", "at" or "from" and an institution starting at <paramref name="institution"/>.</summary>
    private SpeakerPhrase? PersonOf(Document document, int institution, int limit)
    {
        int t = institution - 1;
        if (t >= limit && document.FoldedToken(t) is "the") t--;
        if (t - 1 < limit || document.FoldedToken(t) is not ("of" or "at" or "from")) return null;
        int entity = document.EntityAtToken(t - 1);
        if (entity >= 0)
            return document.Entities[entity] is { Label: EntityLabel.Person } e && e.EndToken == t ? WithRoleBefore(document, e, limit) : null;
        return CapitalizedNameEndingAt(document, t - 1, limit) is int first && t - first >= 2 ? WithRoleBefore(document, first, t, limit) : null;
    }

    /// <summary>The entity as a speaker phrase, with the title or role written right before it ("Taliban spokesman Zabihullah Mujahid").</summary>
    public SpeakerPhrase WithRoleBefore(Document document, EntitySpan entity, int limit) =>
        WithRoleBefore(document, entity.FirstToken, entity.EndToken, limit);

    private SpeakerPhrase WithRoleBefore(Document document, int nameFirst, int nameEnd, int limit)
    {
        var entity = (FirstToken: nameFirst, EndToken: nameEnd);
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

    /// <summary>
    /// The first token of a name the recognizer missed, ending at <paramref name="last"/>: a run of capitalised
    /// words that are not function words, pronouns or role nouns ("said Hester", "“…?” Vitter demanded"). A single
    /// word opening its sentence must also be tagged as a proper noun or adjective, since any word is capitalised
    /// there ("Critics said").
    /// </summary>
    private int? CapitalizedNameEndingAt(Document document, int last, int limit)
    {
        int first = last;
        while (first >= limit && first > last - MaxNameTokens && IsNameWord(document, first)) first--;
        first++;
        if (first > last || !PlausibleName(document, first, last + 1)) return null;
        return first;
    }

    /// <summary>The end of a name the recognizer missed, starting at <paramref name="first"/> (see <see cref="CapitalizedNameEndingAt"/>).</summary>
    private int? CapitalizedNameStartingAt(Document document, int first, int limit)
    {
        int end = first;
        while (end < limit && end < first + MaxNameTokens && IsNameWord(document, end)) end++;
        if (end == first || !PlausibleName(document, first, end)) return null;
        return end;
    }

    private const int MaxNameTokens = 4;

    private bool IsNameWord(Document document, int t)
    {
        if (document.Tokens[t].Kind != TokenKind.Word || document.EntityAtToken(t) >= 0) return false;
        var word = document.FoldedToken(t);
        if (!char.IsUpper(word[0]) || word.Length < 2) return false;
        return !Pronouns.Contains(word) && !Determiners.Contains(word) && !FunctionWords.Contains(word) && !Skippable.Contains(word)
            && !names.Stopwords.Contains(word) && !names.RoleHeads.TryGet(word, out _) && !names.Titles.Contains(word)
            && !names.Honorifics.TryGet(word, out _);
    }

    private static bool PlausibleName(Document document, int first, int end)
    {
        if (end - first > 1 || document.Tags.Length == 0) return true;
        int sentence = document.SentenceOfToken(first);
        if (sentence >= 0 && document.Sentences[sentence].FirstToken != first) return true;
        var tag = document.TagNames[document.Tags[first]];
        // The tagger takes an unknown sentence-initial name for a verb when a verb follows it ("Husted continued").
        return tag is "PROPN" or "ADJ" or "X"
            || (tag is "VERB" && end < document.Tags.Length && document.TagNames[document.Tags[end]] is "VERB" or "AUX");
    }

    /// <summary>The "(" that opens the parenthesis closed at <paramref name="close"/>, when it is short and within the sentence.</summary>
    private static int? OpeningParenthesis(Document document, int close, int limit)
    {
        for (int t = close - 1; t >= limit && close - t <= MaxParenthesisTokens; t--)
            if (document.FoldedToken(t) is "(") return t > limit ? t : null;
        return null;
    }

    private const int MaxParenthesisTokens = 8;

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
    /// "Hugh Hill, a doctor, said", "Quina Jones, 25, said", "Mitch McConnell, R-Ky., said", "Rucker Culpepper, who
    /// runs the effort, said": the comma before the cue closes an apposition that opens with a comma right after a
    /// name (or after the name's parenthesis: "Jim Jordan (R-Ohio), a panel member,"). The apposition starts with a
    /// determiner, an age, a party code or a relative pronoun, or holds a role noun. Inner commas (a place and its
    /// state, a second apposition) are stepped over; a person is preferred to a place named inside the apposition.
    /// </summary>
    private SpeakerPhrase? Apposition(Document document, int closingComma, int limit)
    {
        SpeakerPhrase? other = null;
        for (int t = closingComma - 2; t > limit && closingComma - t <= MaxAppositionTokens; t--)
        {
            if (document.FoldedToken(t) is not ",") continue;
            // "The judge, Carla Munro, said": the name is the apposition of a role.
            if (names.RoleHeads.TryGet(document.FoldedToken(t - 1), out _) && IsPersonName(document, t + 1, closingComma))
            {
                var description = DescriptionEndingAt(document, t - 1, limit);
                int descriptionFirst = Determiners.Contains(document.FoldedToken(description.First)) ? description.First + 1 : description.First;
                return new SpeakerPhrase(t + 1, closingComma, SpeakerPhraseKind.Name, descriptionFirst, t);
            }
            int nameLast = t - 1;
            if (document.FoldedToken(nameLast) is ")" && OpeningParenthesis(document, nameLast, limit) is int open) nameLast = open - 1;
            if (nameLast < limit) continue;
            int nameFirst;
            bool person;
            int entity = document.EntityAtToken(nameLast);
            if (entity >= 0)
            {
                var e = document.Entities[entity];
                // A place before a comma is the end of an adverbial ("in Salem, Oregon, Governor Lind …"), not a speaker.
                if (!IsSpeakerEntity(e) || e.Label == EntityLabel.Loc || e.EndToken != nameLast + 1) continue;
                (nameFirst, person) = (e.FirstToken, e.Label == EntityLabel.Person);
            }
            else if (CapitalizedNameEndingAt(document, nameLast, limit) is int first) (nameFirst, person) = (first, true);
            else continue;
            // "Holger Brandt of Berenberg, a private bank, warned": the person before "of" is the name in apposition.
            if (PersonOf(document, nameFirst, limit) is { } member) (nameFirst, person) = (member.First, true);

            int roleFirst = t + 1;
            bool determiner = Determiners.Contains(document.FoldedToken(roleFirst));
            bool role = determiner || RoleIn(document, roleFirst, closingComma);
            if (!role && !OpensApposition(document, roleFirst)) continue;
            if (determiner) roleFirst++;
            // The role ends where a second apposition starts ("…, one of the states suing the EPA,"), not at a place's comma.
            int roleEnd = roleFirst;
            while (roleEnd < closingComma && !(document.FoldedToken(roleEnd) is "," && roleEnd + 1 < closingComma
                && (Determiners.Contains(document.FoldedToken(roleEnd + 1)) || OpensApposition(document, roleEnd + 1)))) roleEnd++;
            var phrase = role && roleEnd > roleFirst
                ? new SpeakerPhrase(nameFirst, nameLast + 1, SpeakerPhraseKind.Name, roleFirst, roleEnd)
                : new SpeakerPhrase(nameFirst, nameLast + 1, SpeakerPhraseKind.Name, -1, -1);
            if (person) return phrase;
            other ??= phrase;
        }
        return other;
    }

    /// <summary>Tokens [first, end) are exactly one person's name: a person entity, or capitalised words the recognizer missed.</summary>
    private bool IsPersonName(Document document, int first, int end)
    {
        int entity = document.EntityAtToken(first);
        if (entity >= 0)
            return document.Entities[entity] is { Label: EntityLabel.Person } e && e.FirstToken == first && e.EndToken == end;
        return end - first >= 2 && CapitalizedNameStartingAt(document, first, end) == end;
    }

    /// <summary>An apposition without a role noun: an age ("25"), a party code ("R-Ky."), a relative clause ("who runs …").</summary>
    private static bool OpensApposition(Document document, int t)
    {
        var word = document.FoldedToken(t);
        if (document.Tokens[t].Kind == TokenKind.Number) return true;
        if (word is "who" or "whose" or "which") return true;
        return word.Length >= 3 && word[1] == '-' && word[0] is 'R' or 'D' or 'I' && char.IsUpper(word[2]);
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
        // Capitalised words are names, except the first word of a sentence ("Former Governor Ray Talbot").
        if (char.IsUpper(word[0]) && !(document.SentenceOfToken(t) is int s && s >= 0 && document.Sentences[s].FirstToken == t)) return false;
        return !Skippable.Contains(word) && !FunctionWords.Contains(word) && !(word.Length > 4 && word.EndsWith("ed"));
    }

    private static bool IsSkippable(Document document, int t)
    {
        var word = document.FoldedToken(t);
        if (document.Tokens[t].Kind != TokenKind.Word || char.IsUpper(word[0])) return false;
        return Skippable.Contains(word) || (word.Length > 4 && word.EndsWith("ly"));
    }

    private static bool IsSpeakerEntity(EntitySpan entity) =>
        entity.Label is EntityLabel.Person or EntityLabel.Org or EntityLabel.Norp or EntityLabel.Misc or EntityLabel.Loc;
}
