using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Filters;

/// <summary>
/// A spelled "one" in an idiom that counts nothing (non-quantity-words.tsv): "at one point", "on the one hand"
/// ("one-idiom"), and "One day, I sat there" / "and one day he will", where a clause-opening "one" before a time noun
/// ("some-time") and a comma or a subject pronoun means "some day". "It took one day" and "one day later" count.
/// </summary>
public sealed class IdiomaticOneFilter(NumberLexicons lexicons) : NonQuantityFilter
{
    public override bool Rejects(Document document, SentenceSpan sentence, in QuantityDraft quantity)
    {
        var number = quantity.Number;
        int first = number.First, end = number.End, limit = sentence.EndToken;
        if (!number.Spelled || quantity.Currency is not null || end - first != 1 || end >= limit
            || !document.FoldedToken(first).Equals("one", StringComparison.OrdinalIgnoreCase))
            return false;
        var words = lexicons.NonQuantityWords;
        var next = document.FoldedToken(end).ToString();
        int before = first - 1;
        if (before >= sentence.FirstToken && document.FoldedToken(before) is "the") before--;
        if (before >= sentence.FirstToken && words.OneIdiom.Contains(document.FoldedToken(before).ToString().ToLowerInvariant() + " " + next))
            return true;
        if (!words.SomeTime.Contains(next) || end + 1 >= limit) return false;
        var after = document.FoldedToken(end + 1);
        return (after is "," || words.SubjectPronoun.Contains(after)) && OpensClause(document, sentence, first);
    }

    /// <summary>At the sentence's start (past an opening quote), after punctuation, or after "and", "but", "that", "then".</summary>
    private static bool OpensClause(Document document, SentenceSpan sentence, int t)
    {
        if (t == sentence.FirstToken) return true;
        return document.Tokens[t - 1].Kind == TokenKind.Punctuation || document.FoldedToken(t - 1) is "and" or "but" or "that" or "then";
    }
}
