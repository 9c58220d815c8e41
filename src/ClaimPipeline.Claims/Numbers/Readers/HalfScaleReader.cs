using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// "half a million hectares", "half a billion dollars", "half a dozen ships": half of one scale word, a number
/// (500000, 6), not a fraction of a whole; more scale words may follow ("half a million billion" is rare but read).
/// </summary>
public sealed class HalfScaleReader(NumberLexicons lexicons) : ValueReader
{
    public override string OpeningCharacters => "h";

    public override NumberExpression? Read(Document document, int t, int limit)
    {
        if (document.Tokens[t].Kind != TokenKind.Word || t + 2 >= limit || !document.FoldedToken(t).Equals("half", StringComparison.OrdinalIgnoreCase)
            || document.FoldedToken(t + 1) is not ("a" or "an"))
            return null;
        var scale = document.FoldedToken(t + 2);
        double? of = lexicons.WordAt(document, t + 2) switch
        {
            { Kind: NumberWordKind.Multiplier } word when scale[^1] is not ('s' or 'S') => word.Value,
            _ when scale.Equals("dozen", StringComparison.OrdinalIgnoreCase) => DozenReader.Dozen,
            _ => null,
        };
        return of is { } whole
            ? Multipliers.After(lexicons, document, t, t + 3, limit, ScaledValue.Times(FractionReader.Half, whole), spelled: true, vague: false, scale: whole)
            : null;
    }
}
