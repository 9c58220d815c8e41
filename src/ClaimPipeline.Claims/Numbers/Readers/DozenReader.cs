using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// "a dozen eggs", "a dozen million": exactly twelve. "dozens" alone is a vague group (<see cref="GroupReader"/>) and
/// "three dozen" a spelled number (<see cref="SpelledNumberReader"/>).
/// </summary>
public sealed class DozenReader(NumberLexicons lexicons) : ValueReader
{
    public const double Dozen = 12;

    public override string OpeningCharacters => "a";

    public override NumberExpression? Read(Document document, int t, int limit)
    {
        if (document.Tokens[t].Kind != TokenKind.Word || t + 1 >= limit) return null;
        var word = document.FoldedToken(t);
        if (!word.Equals("a", StringComparison.OrdinalIgnoreCase) && !word.Equals("an", StringComparison.OrdinalIgnoreCase)) return null;
        return document.FoldedToken(t + 1).Equals("dozen", StringComparison.OrdinalIgnoreCase)
            ? Multipliers.After(lexicons, document, t, t + 2, limit, Dozen, spelled: true, vague: false)
            : null;
    }
}
