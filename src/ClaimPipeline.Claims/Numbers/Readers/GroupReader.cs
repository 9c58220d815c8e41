using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// "thousands", "dozens", "hundreds of millions": a vague group, worth its number word, the first group scaling a
/// larger one after "of" ("hundreds of millions" → 100000000, ../shared/gold/numbers-dev.md). "tens of" a larger
/// group is the range up to the next power of ten ("tens of millions" → 10000000 to 100000000; decision 63).
/// </summary>
public sealed class GroupReader(NumberLexicons lexicons) : ValueReader
{
    public override string OpeningCharacters { get; } = lexicons.NumberWordInitials[NumberWordKind.Group];

    public override NumberExpression? Read(Document document, int t, int limit)
    {
        if (document.Tokens[t].Kind != TokenKind.Word || lexicons.WordAt(document, t) is not { Kind: NumberWordKind.Group } group) return null;
        double value = group.Value;
        int end = t + 1;
        bool tens = value == Tens;
        while (end + 1 < limit && document.FoldedToken(end) is "of" && lexicons.WordAt(document, end + 1) is { Kind: NumberWordKind.Group } inner
               && inner.Value > value)
        {
            value = ScaledValue.Times(value, inner.Value);
            end += 2;
        }
        var number = new NumberExpression(t, end, value, true, true, false, null);
        return tens && end > t + 1 ? number with { High = value * Tens } : number;
    }

    /// <summary>The value of "tens".</summary>
    private const double Tens = 10;
}
