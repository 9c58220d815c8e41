using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Qualifiers;

/// <summary>
/// "20 or more", "65 or over", "aged 65 and over", "five or fewer", "20 or so", "480 there or thereabouts": a bound or an approximation written
/// after the number, part of the claim's text; a bound before it stands.
/// </summary>
public sealed class OrMoreAfter : QuantityQualifier
{
    public override void Apply(Document document, SentenceSpan sentence, ref QuantityDraft quantity, List<FoundQuantity> found)
    {
        int end = quantity.End;
        if (end + 1 >= sentence.EndToken) return;
        if (ThereOrThereabouts(document, sentence, end))
        {
            quantity.Bound ??= "~";
            return;
        }
        var bound = Bound(document.FoldedToken(end), document.FoldedToken(end + 1));
        if (bound is null || SecondQuantity(document, sentence, end)) return;
        quantity.Bound ??= bound;
        quantity.End = end + 2;
    }

    /// <summary>"20 or more than 30", "5 jobs and over the next year": what follows is another quantity or a phrase.</summary>
    private static bool SecondQuantity(Document document, SentenceSpan sentence, int end)
    {
        int next = end + 2;
        if (next >= sentence.EndToken) return false;
        var word = document.FoldedToken(next);
        if (word is "than") return next + 1 < sentence.EndToken && document.Tokens[next + 1].Kind == TokenKind.Number;
        return document.FoldedToken(end) is "and" && word is "a" or "an" or "the";
    }

    /// <summary>"480 there or thereabouts", "480, there or thereabouts": the idiom, outside the claim's text.</summary>
    private static bool ThereOrThereabouts(Document document, SentenceSpan sentence, int end)
    {
        if (document.FoldedToken(end) is ",") end++;
        return end + 2 < sentence.EndToken && document.FoldedToken(end) is "there" && document.FoldedToken(end + 1) is "or"
            && document.FoldedToken(end + 2) is "thereabouts";
    }

    private static string? Bound(ReadOnlySpan<char> conjunction, ReadOnlySpan<char> word)
    {
        bool or = conjunction is "or";
        if (!or && conjunction is not "and") return null;
        if (word is "over" or "above" || (or && word is "more" or "greater" or "higher" or "longer" or "older")) return ">";
        if (word is "under" or "below" || (or && word is "less" or "fewer" or "lower" or "younger")) return "<";
        return or && word is "so" or "thereabouts" ? "~" : null;
    }
}
