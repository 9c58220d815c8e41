using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Filters;

/// <summary>
/// "Three Gorges", "BBC One", "Million Dollar Baby": a capitalised number word inside a sentence is a name, and so
/// is one that opens a run of capitalised words ("Million Dollar Baby" at the start of a sentence; not "Three
/// Americans", whose plural is a count).
/// </summary>
public sealed class NumberWordNameFilter : NonQuantityFilter
{
    public override bool Rejects(Document document, SentenceSpan sentence, in QuantityDraft quantity)
    {
        var number = quantity.Number;
        if (!number.Spelled) return false;
        int first = number.First, end = number.End;
        var word = document.FoldedToken(first);
        if (!char.IsUpper(word[0])) return false;
        bool atStart = first == sentence.FirstToken || document.Tokens[first - 1].Kind == TokenKind.Punctuation && first - 1 == sentence.FirstToken;
        if (!atStart) return true;
        return end < sentence.EndToken && document.Tokens[end].Kind == TokenKind.Word
            && char.IsUpper(document.FoldedToken(end)[0]) && !NounLemma.LooksPlural(document.FoldedToken(end));
    }
}
