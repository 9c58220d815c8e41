using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// "several hundred", "few thousand", "a few thousand": a vague count of a multiplier, worth the multiplier (the
/// convention of ../shared/gold/numbers-dev.md); "several" or "a few" alone is no number.
/// </summary>
public sealed class FewReader(NumberLexicons lexicons) : ValueReader
{
    /// <summary>"a few", "an", "several", "few".</summary>
    public override string OpeningCharacters => "asf";

    public override NumberExpression? Read(Document document, int t, int limit)
    {
        if (document.Tokens[t].Kind != TokenKind.Word) return null;
        var word = document.FoldedToken(t);
        int multiplier = t + 1;
        if (IsArticle(word) && t + 1 < limit && Is(document.FoldedToken(t + 1), "few")) multiplier = t + 2;
        else if (!Is(word, "several") && !Is(word, "few")) return null;
        return multiplier < limit && lexicons.WordAt(document, multiplier) is { Kind: NumberWordKind.Multiplier } m
            ? Multipliers.After(lexicons, document, t, multiplier + 1, limit, m.Value, spelled: true, vague: true)
            : null;
    }

    private static bool IsArticle(ReadOnlySpan<char> word) => Is(word, "a") || Is(word, "an");

    private static bool Is(ReadOnlySpan<char> word, string expected) => word.Equals(expected, StringComparison.OrdinalIgnoreCase);
}
