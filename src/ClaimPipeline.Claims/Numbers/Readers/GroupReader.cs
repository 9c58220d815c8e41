using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// "thousands", "dozens", "tens of thousands", "hundreds of millions": a vague group, worth its number word, the
/// first group scaling a larger one after "of" ("tens of thousands" → 10000, ../shared/gold/numbers-dev.md).
/// </summary>
public sealed class GroupReader(NumberLexicons lexicons) : ValueReader
{
    public override string OpeningCharacters { get; } = lexicons.NumberWordInitials[NumberWordKind.Group];

    public override NumberExpression? Read(Document document, int t, int limit)
    {
        if (document.Tokens[t].Kind != TokenKind.Word || lexicons.WordAt(document, t) is not { Kind: NumberWordKind.Group } group) return null;
        double value = group.Value;
        int end = t + 1;
        while (end + 1 < limit && document.FoldedToken(end) is "of" && lexicons.WordAt(document, end + 1) is { Kind: NumberWordKind.Group } inner
               && inner.Value > value)
        {
            value *= inner.Value;
            end += 2;
        }
        return new NumberExpression(t, end, value, true, true, false, null);
    }
}
