using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Qualifiers;

/// <summary>
/// "cuts of 9.6% at Agriculture and 5.6% at the Environmental Protection Agency": after "and", a quantity in the
/// same unit as a rise or fall at most five tokens before it is the same kind of change. So is the second "by" of a
/// gapped verb: "burglaries rose by 106% and car thefts by 650%", "cut the length by 40% and the cost by 30%".
/// </summary>
public sealed class CoordinatedChange : QuantityQualifier
{
    private const int MaxGap = 5;

    /// <summary>How many words the second subject or object may have: "and armed attacks by 650%".</summary>
    private const int MaxGappedWords = 4;

    public override void Apply(Document document, SentenceSpan sentence, ref QuantityDraft quantity, List<FoundQuantity> found)
    {
        int first = quantity.First;
        if (quantity.Change is not null || quantity.KeepsLevel || first <= sentence.FirstToken || found.Count == 0) return;
        var previous = found[^1];
        if (previous.Claim.Change is not ("up" or "down") || previous.Claim.Unit != quantity.Unit) return;
        if ((document.FoldedToken(first - 1) is "and" && first - previous.End <= MaxGap) || GappedBy(document, previous, first))
            quantity.Change = previous.Claim.Change;
    }

    /// <summary>"by 106% and car thefts by 650%": both numbers after "by", with "and" and a few words between them.</summary>
    private static bool GappedBy(Document document, FoundQuantity previous, int first)
    {
        if (document.FoldedToken(first - 1) is not "by" || previous.First < 1 || document.FoldedToken(previous.First - 1) is not "by")
            return false;
        for (int k = first - 2; k >= previous.End && k >= first - 2 - MaxGappedWords; k--)
        {
            if (document.FoldedToken(k) is "and") return k == previous.End;
            if (document.Tokens[k].Kind != TokenKind.Word) return false;
        }
        return false;
    }
}
