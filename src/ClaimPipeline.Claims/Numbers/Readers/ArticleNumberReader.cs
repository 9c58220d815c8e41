using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// "a million", "a hundred thousand", "a hundred and two": an article before a multiplier counts one of it, and the
/// number goes on as a spelled number would.
/// </summary>
public sealed class ArticleNumberReader(NumberLexicons lexicons, SpelledNumberReader spelled) : ValueReader
{
    public override string OpeningCharacters => "a";

    public override NumberExpression? Read(Document document, int t, int limit)
    {
        if (document.Tokens[t].Kind != TokenKind.Word || t + 1 >= limit) return null;
        var word = document.FoldedToken(t);
        if (!word.Equals("a", StringComparison.OrdinalIgnoreCase) && !word.Equals("an", StringComparison.OrdinalIgnoreCase)) return null;
        return lexicons.WordAt(document, t + 1) is { Kind: NumberWordKind.Multiplier } && document.FoldedToken(t + 1)[^1] is not ('s' or 'S')
            ? spelled.ReadWords(document, t, t + 1, limit, 1)
            : null;
    }
}
