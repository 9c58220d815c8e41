using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>"a million", "a hundred thousand": an article before a multiplier counts one of it.</summary>
public sealed class ArticleNumberReader(NumberLexicons lexicons) : ValueReader
{
    public override string OpeningCharacters => "a";

    public override NumberExpression? Read(Document document, int t, int limit)
    {
        if (document.Tokens[t].Kind != TokenKind.Word || t + 1 >= limit) return null;
        var word = document.FoldedToken(t);
        if (!word.Equals("a", StringComparison.OrdinalIgnoreCase) && !word.Equals("an", StringComparison.OrdinalIgnoreCase)) return null;
        return lexicons.WordAt(document, t + 1) is { Kind: NumberWordKind.Multiplier } multiplier
            ? Multipliers.After(lexicons, document, t, t + 2, limit, multiplier.Value, spelled: true, vague: false)
            : null;
    }
}
