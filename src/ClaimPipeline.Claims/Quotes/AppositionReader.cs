using ClaimPipeline.Nlp.Text;
using static ClaimPipeline.Claims.Quotes.SpeakerWords;

namespace ClaimPipeline.Claims.Quotes;

/// <summary>
/// "Hugh Hill, a doctor, said", "Quina Jones, 25, said", "Mitch McConnell, R-Ky., said", "Rucker Culpepper, who
/// runs the effort, said": the comma before the cue closes an apposition that opens with a comma right after a
/// name (or after the name's parenthesis: "Jim Jordan (R-Ohio), a panel member,"). The apposition starts with a
/// determiner, an age, a party code or a relative pronoun, or holds a role noun. Inner commas (a place and its
/// state, a second apposition) are stepped over; a person is preferred to a place named inside the apposition.
/// </summary>
internal sealed class AppositionReader(NameReader names)
{
    private const int MaxAppositionTokens = 25;

    /// <summary>The name whose apposition the comma at <paramref name="closingComma"/> closes, with the apposition as its role.</summary>
    public SpeakerPhrase? EndingAt(Document document, int closingComma, int limit)
    {
        SpeakerPhrase? other = null;
        for (int t = closingComma - 2; t > limit && closingComma - t <= MaxAppositionTokens; t--)
        {
            if (document.FoldedToken(t) is not ",") continue;
            // "The judge, Carla Munro, said": the name is the apposition of a role.
            if (names.Lexicons.RoleHeads.TryGet(document.FoldedToken(t - 1), out _) && names.IsPersonName(document, t + 1, closingComma))
            {
                var description = names.DescriptionEndingAt(document, t - 1, limit);
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
                if (e.Label == EntityLabel.Loc || e.EndToken != nameLast + 1) continue;
                (nameFirst, person) = (e.FirstToken, e.Label == EntityLabel.Person);
            }
            else if (names.CapitalizedNameEndingAt(document, nameLast, limit) is int first) (nameFirst, person) = (first, true);
            else continue;
            // "Holger Brandt of Berenberg, a private bank, warned": the person before "of" is the name in apposition.
            if (names.PersonOf(document, nameFirst, limit) is { } member) (nameFirst, person) = (member.First, true);

            int roleFirst = t + 1;
            bool determiner = Determiners.Contains(document.FoldedToken(roleFirst));
            bool role = determiner || names.RoleIn(document, roleFirst, closingComma);
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

    /// <summary>An apposition without a role noun: an age ("25"), a party code ("R-Ky."), a relative clause ("who runs …").</summary>
    private static bool OpensApposition(Document document, int t)
    {
        var word = document.FoldedToken(t);
        if (document.Tokens[t].Kind == TokenKind.Number) return true;
        if (word is "who" or "whose" or "which") return true;
        return word.Length >= 3 && word[1] == '-' && word[0] is 'R' or 'D' or 'I' && char.IsUpper(word[2]);
    }
}
