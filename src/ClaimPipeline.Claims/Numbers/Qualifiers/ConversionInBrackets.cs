using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Qualifiers;

/// <summary>
/// "about $2.95bn (£1.57bn)": an exact, unqualified quantity in brackets (or after a semicolon) right after a
/// qualified one converts it and takes its bound, or its direction when it is the size of a change ("boost profits by
/// as much as 12 billion yuan (US$1.8 billion)").
/// </summary>
public sealed class ConversionInBrackets : QuantityQualifier
{
    /// <summary>How far back the converted quantity may end: "$2.95bn (£1.57bn)", "$2.95bn, (£1.57bn)".</summary>
    private const int MaxGap = 3;

    public override void Apply(Document document, SentenceSpan sentence, ref QuantityDraft quantity, List<FoundQuantity> found)
    {
        int first = quantity.First;
        if (quantity.Change is not "=" || quantity.Qualifier is not null || found.Count == 0 || first - 1 <= sentence.FirstToken
            || document.FoldedToken(first - 1) is not ("(" or ";"))
            return;
        var converted = found[^1];
        if (converted.End >= first - MaxGap && converted.Claim.Change is "~" or ">" or "<" or "up" or "down") quantity.Change = converted.Claim.Change;
    }
}
