using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Filters;

/// <summary>
/// "Three Gorges", "BBC One", "Million Dollar Baby": a capitalised number word inside a sentence is a name, and so
/// is one that opens a run of capitalised words ("Million Dollar Baby" at the start of a sentence; not "Three
/// Americans", whose plural is a count). A clause opens at the sentence's start and after a dash, where a dateline
/// ends ("Srinagar- Two bodies", "afrol News, 26 June - Four hangings"); there a run of capitalised modifiers before
/// a plural noun ("Ten Cuban mothers") and a unit joined to the word ("Eight-year-old"; not "Zero-rate") make a count.
/// </summary>
public sealed class NumberWordNameFilter(NumberLexicons lexicons) : NonQuantityFilter
{
    public override bool Rejects(Document document, SentenceSpan sentence, in QuantityDraft quantity)
    {
        var number = quantity.Number;
        if (!number.Spelled) return false;
        int first = number.First, end = number.End;
        var word = document.FoldedToken(first);
        if (!char.IsUpper(word[0])) return false;
        if (!OpensClause(document, sentence, first)) return true;
        if (number.TokenUnit is { } joined) return !IsUnit(joined);
        if (end >= sentence.EndToken || document.Tokens[end].Kind != TokenKind.Word || !char.IsUpper(document.FoldedToken(end)[0])
            || NounLemma.LooksPlural(document.FoldedToken(end)) || UnitReader.IsNationalityPlural(document, end))
            return false;
        // "Ten Cuban mothers": capitalised modifiers, then the counted plural.
        int k = end;
        while (k < sentence.EndToken && document.Tokens[k].Kind == TokenKind.Word && char.IsUpper(document.FoldedToken(k)[0])) k++;
        return !(k < sentence.EndToken && document.Tokens[k].Kind == TokenKind.Word && NounLemma.LooksPlural(document.FoldedToken(k))
            && UnitReader.Tag(document, k) == "NOUN");
    }

    /// <summary>"year-old", "minute": a unit of the lexicon after the hyphen ("Eight-year-old"; not "Zero-rate").</summary>
    private bool IsUnit(string joined)
    {
        int hyphen = joined.IndexOf('-');
        return lexicons.Units.TryGet(hyphen > 0 ? joined[..hyphen] : joined, out _);
    }

    private static bool OpensClause(Document document, SentenceSpan sentence, int first)
    {
        if (first == sentence.FirstToken) return true;
        if (document.Tokens[first - 1].Kind != TokenKind.Punctuation) return false;
        return first - 1 == sentence.FirstToken || document.FoldedToken(first - 1) is "-" or "–" or "—";
    }
}
