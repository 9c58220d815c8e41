using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// An age written as a bare whole number from 1 to 120, which gets the unit "year": after a name and a comma
/// ("Mr Ebbers, 63,") or a relative ("Walker's son, 7,"), in brackets after a name ("Hridoy Banu (34)"), after "aged"
/// or "the age of" ("aged between 18 and 25", "aged above 18" too), after "died at" ("died at 50."), and as a bound
/// after a noun for people ("people over 60", "where people are over 80"). The words are in data/lexicons/age-words.tsv.
/// </summary>
public sealed class AgeReader(NumberLexicons lexicons)
{
    public const string AgeUnit = "year";

    /// <summary>How far before "at" a word of death may stand, and how far before the bound a noun for people.</summary>
    private const int DeathWindow = 8, PeopleWindow = 2;

    public string? Unit(Document document, SentenceSpan sentence, in QuantityDraft quantity)
    {
        var number = quantity.Number;
        int first = quantity.First, end = quantity.End;
        if (number.Spelled || number.Value is < 1 or > 120 || number.Value != Math.Floor(number.Value)) return null;
        int before = number.First - 1;
        if (before <= sentence.FirstToken) return null;
        var previous = document.FoldedToken(before);
        var words = lexicons.AgeWords;
        bool closes = end >= sentence.EndToken || document.FoldedToken(end) is "," or ")" or "." or ";";
        if (previous is "," && closes && first == number.First)
        {
            int name = before - 1;
            if (document.EntityAtToken(name) is int e and >= 0 && document.Entities[e].Label == EntityLabel.Person) return AgeUnit;
            if (UnitReader.Tag(document, name) == "PROPN" && char.IsUpper(document.FoldedToken(name)[0])) return AgeUnit;
            if (words.Kin.Contains(document.FoldedToken(name))) return AgeUnit;
        }
        // "Hridoy Banu (34)": a number alone in brackets right after a person's name.
        if (previous is "(" && first == number.First && end < sentence.EndToken && document.FoldedToken(end) is ")" && IsPerson(document, before - 1))
            return AgeUnit;
        // "aged between 18 and 25", "aged above 18": "between" or the bound stands between the word of age and the number.
        int aged = previous is "between" or "over" or "under" or "above" or "below" && before - 1 > sentence.FirstToken ? before - 1 : before;
        if (words.Aged.Contains(document.FoldedToken(aged)) || (previous is "of" && before - 1 >= sentence.FirstToken && document.FoldedToken(before - 1) is "age"))
            return AgeUnit;
        if (previous is "at" && closes)
            for (int k = before - 1; k >= Math.Max(sentence.FirstToken, before - DeathWindow); k--)
                if (words.Death.Contains(document.FoldedToken(k))) return AgeUnit;
        if (first < number.First && document.FoldedToken(first) is "over" or "under" or "above" or "below")
            for (int k = first - 1; k >= Math.Max(sentence.FirstToken, first - PeopleWindow); k--)
                if (words.People.Contains(document.FoldedToken(k))) return AgeUnit;
        return null;
    }

    /// <summary>
    /// A person's name (the entity stage's) that ends at <paramref name="t"/>, not a college ranked in brackets
    /// ("Miranda House (1)", age-words.tsv "institution"), which the entity stage may take for a person.
    /// </summary>
    private bool IsPerson(Document document, int t)
    {
        if (t < 0 || document.EntityAtToken(t) is not (int e and >= 0) || document.Entities[e].Label != EntityLabel.Person) return false;
        for (int k = t; k >= 0 && document.Tokens[k].Kind == TokenKind.Word && (char.IsUpper(document.FoldedToken(k)[0]) || document.FoldedToken(k) is "of"); k--)
            if (lexicons.AgeWords.Institution.Contains(document.FoldedToken(k))) return false;
        return true;
    }
}
