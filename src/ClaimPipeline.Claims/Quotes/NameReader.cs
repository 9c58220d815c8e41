using ClaimPipeline.Nlp.Entities;
using ClaimPipeline.Nlp.Text;
using static ClaimPipeline.Claims.Quotes.SpeakerWords;

namespace ClaimPipeline.Claims.Quotes;

/// <summary>
/// Reads names in speaker phrases: an entity or a run of capitalised words the recognizer missed, with the role
/// written before it ("Taliban spokesman Zabihullah Mujahid"), the person before "of" an institution, and lists of
/// names speaking together. Every entity label can name a speaker (an outlet, a party, a government).
/// </summary>
internal sealed class NameReader(NameLexicons names)
{
    public NameLexicons Lexicons => names;

    /// <summary>"according to CNN", "said the Taliban": a name right away is the speaker, not a modifier of a role noun.</summary>
    public SpeakerPhrase? NameAt(Document document, int t, int limit)
    {
        int index = document.EntityAtToken(t);
        if (index < 0) return null;
        var entity = document.Entities[index];
        if (entity.FirstToken != t) return null;
        if (entity.EndToken < limit && names.RoleHeads.TryGet(document.FoldedToken(entity.EndToken), out _)) return null;
        if (entity.Label != EntityLabel.Person && DescribesPersonAfter(document, entity.EndToken, limit)) return null;
        return new SpeakerPhrase(entity.FirstToken, entity.EndToken, SpeakerPhraseKind.Name, -1, -1);
    }

    /// <summary>
    /// "said Cambridge cartoonist Andre Campbell": a place or organisation followed by up to three lowercase words and
    /// a person's name is part of that person's description, not the speaker, whether or not the lexicon knows the noun.
    /// </summary>
    private static bool DescribesPersonAfter(Document document, int t, int limit)
    {
        int words = 0;
        while (t < limit && words < 3 && document.Tokens[t].Kind == TokenKind.Word && char.IsLower(document.FoldedToken(t)[0]))
        {
            t++;
            words++;
        }
        if (words == 0 || t >= limit) return false;
        int person = document.EntityAtToken(t);
        return person >= 0 && document.Entities[person].FirstToken == t && document.Entities[person].Label == EntityLabel.Person;
    }

    /// <summary>An entity or a name the recognizer missed ending at <paramref name="last"/>, with its title or role.</summary>
    public SpeakerPhrase? NameEndingAt(Document document, int last, int limit)
    {
        int entity = document.EntityAtToken(last);
        if (entity >= 0) return document.Entities[entity].EndToken == last + 1 ? WithRoleBefore(document, document.Entities[entity], limit) : null;
        return CapitalizedNameEndingAt(document, last, limit) is int first ? WithRoleBefore(document, first, last + 1, limit) : null;
    }

    /// <summary>
    /// "Senators Jon Tester and David Vitter said", "Tester (D-Mont.), Brown and Vitter said": names joined by "and"
    /// or commas before the last one speak together; the mention spans them all, the role is the first one's.
    /// </summary>
    public SpeakerPhrase WithListBefore(Document document, SpeakerPhrase last, int limit)
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

    public static bool IsPlace(Document document, SpeakerPhrase phrase) =>
        phrase.Kind == SpeakerPhraseKind.Name && document.EntityAtToken(phrase.First) is int e && e >= 0 && document.Entities[e].Label == EntityLabel.Loc;

    /// <summary>The person named right before "of", "at" or "from" and an institution starting at <paramref name="institution"/>.</summary>
    public SpeakerPhrase? PersonOf(Document document, int institution, int limit)
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
        int t = nameFirst - 1;
        int roleEnd = nameFirst;
        bool hasHead = false;
        // An honorific right before the name ("Mr Blair") is no role and ends the search.
        if (t >= limit && names.Honorifics.TryGet(document.FoldedToken(t), out _))
            return new SpeakerPhrase(nameFirst, nameEnd, SpeakerPhraseKind.Name, -1, -1);
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
            return new SpeakerPhrase(nameFirst, nameEnd, SpeakerPhraseKind.Name, -1, -1);
        // A role must end with its head: "Taliban spokesman", not "spokesman Taliban".
        var last = document.FoldedToken(roleEnd - 1);
        if (!names.RoleHeads.TryGet(last, out _) && !names.Titles.Contains(last))
            return new SpeakerPhrase(nameFirst, nameEnd, SpeakerPhraseKind.Name, -1, -1);
        return new SpeakerPhrase(nameFirst, nameEnd, SpeakerPhraseKind.Name, roleFirst, roleEnd);
    }

    /// <summary>"Taliban spokesman", "many economists": a role noun or plural noun at <paramref name="head"/> with its modifiers and determiner.</summary>
    public SpeakerPhrase DescriptionEndingAt(Document document, int head, int limit)
    {
        int t = head - 1;
        while (t >= limit && (IsModifier(document, t) || names.RoleHeads.TryGet(document.FoldedToken(t), out _))) t--;
        if (t >= limit && Determiners.Contains(document.FoldedToken(t))) t--;
        return new SpeakerPhrase(t + 1, head + 1, SpeakerPhraseKind.Description, -1, -1);
    }

    /// <summary>
    /// The first token of a name the recognizer missed, ending at <paramref name="last"/>: a run of capitalised
    /// words that are not function words, pronouns or role nouns ("said Hester", "“…?” Vitter demanded"). A single
    /// word opening its sentence must also be tagged as a proper noun or adjective, since any word is capitalised
    /// there ("Critics said").
    /// </summary>
    public int? CapitalizedNameEndingAt(Document document, int last, int limit)
    {
        int first = last;
        while (first >= limit && first > last - MaxNameTokens && IsNameWord(document, first)) first--;
        first++;
        if (first > last || !PlausibleName(document, first, last + 1)) return null;
        return first;
    }

    /// <summary>The end of a name the recognizer missed, starting at <paramref name="first"/> (see <see cref="CapitalizedNameEndingAt"/>).</summary>
    public int? CapitalizedNameStartingAt(Document document, int first, int limit)
    {
        int end = first;
        while (end < limit && end < first + MaxNameTokens && IsNameWord(document, end)) end++;
        if (end == first || !PlausibleName(document, first, end)) return null;
        return end;
    }

    private const int MaxNameTokens = 4;

    /// <summary>Tokens [first, end) are exactly one person's name: a person entity, or capitalised words the recognizer missed.</summary>
    public bool IsPersonName(Document document, int first, int end)
    {
        int entity = document.EntityAtToken(first);
        if (entity >= 0)
            return document.Entities[entity] is { Label: EntityLabel.Person } e && e.FirstToken == first && e.EndToken == end;
        return end - first >= 2 && CapitalizedNameStartingAt(document, first, end) == end;
    }

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

    /// <summary>True when a token in [first, end) is a role noun or title.</summary>
    public bool RoleIn(Document document, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            var word = document.FoldedToken(t);
            // A courtesy title ("Mr", "Ms.") says how a person is addressed, not what they do: no role (issue 19).
            if (names.RoleHeads.TryGet(word, out _) || (names.Titles.Contains(word) && !names.Honorifics.TryGet(word, out _))) return true;
        }
        return false;
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > 6) return false;
        foreach (var c in word)
            if (!char.IsUpper(c)) return false;
        return true;
    }

    /// <summary>A word that can stand inside a role or description: "national", "security", "Taliban", "former".</summary>
    public bool IsModifier(Document document, int t)
    {
        var token = document.Tokens[t];
        if (token.Kind != TokenKind.Word) return false;
        var word = document.FoldedToken(t);
        if (word[0] == '\'') return false; // a clitic: "the club's coach" is no role of the coach's name
        if (Determiners.Contains(word) || Pronouns.Contains(word)) return false;
        int entity = document.EntityAtToken(t);
        if (entity >= 0) return document.Entities[entity].Label is EntityLabel.Org or EntityLabel.Norp or EntityLabel.Loc;
        // An acronym the recognizer left untagged is an organisation's: "an FA spokesman", "a BBC reporter".
        if (IsAcronym(word)) return true;
        // Capitalised words are names, except the first word of a sentence ("Former Governor Ray Talbot").
        if (char.IsUpper(word[0]) && !(document.SentenceOfToken(t) is int s && s >= 0 && document.Sentences[s].FirstToken == t)) return false;
        return !Skippable.Contains(word) && !FunctionWords.Contains(word) && !(word.Length > 4 && word.EndsWith("ed"));
    }
}
