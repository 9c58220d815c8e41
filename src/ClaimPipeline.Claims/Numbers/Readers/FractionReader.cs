using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// "a third of", "a quarter of a percentage point", "a half", "half of the votes", "half the votes", "a fifth of": a
/// fraction, only before "of" (or a determiner, after "half") or a clause end, since "a third term" is an ordinal and
/// "the second half" a part of a match. "one fifth" and "two thirds" are spelled numbers (<see cref="SpelledNumberReader"/>).
/// </summary>
public sealed class FractionReader(NumberLexicons lexicons) : ValueReader
{
    /// <summary>"a", "an", "half".</summary>
    public override string OpeningCharacters => "ah";

    public const double Half = 0.5;

    public override NumberExpression? Read(Document document, int t, int limit)
    {
        if (document.Tokens[t].Kind != TokenKind.Word) return null;
        var word = document.FoldedToken(t);
        if (word.Equals("half", StringComparison.OrdinalIgnoreCase))
            return t + 1 < limit && (document.FoldedToken(t + 1) is "of" || IsDeterminer(document.FoldedToken(t + 1)))
                ? new NumberExpression(t, t + 1, Half, true, false, true, null) : null;
        if (t + 1 >= limit || !(word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)))
            return null;
        double? value = lexicons.WordAt(document, t + 1) switch
        {
            { Kind: NumberWordKind.Fraction } part when EndsFraction(document, t + 2, limit) => part.Value,
            // "a fifth of", "a tenth of": an ordinal from "fourth" on, and only before "of" ("a fifth term", "a second")
            { Kind: NumberWordKind.Ordinal, Value: >= 4 } ordinal when t + 2 < limit && document.FoldedToken(t + 2) is "of" => 1 / ordinal.Value,
            _ => null,
        };
        return value is { } v ? new NumberExpression(t, t + 2, v, true, false, true, null) : null;
    }

    /// <summary>"half the savings accounts", "half their income": "half" before a determiner is half of what it names, as "half of" is.</summary>
    private static bool IsDeterminer(ReadOnlySpan<char> word) =>
        word is "the" or "its" or "their" or "his" or "her" or "our" or "my" or "your" or "this" or "that" or "these" or "those";

    /// <summary>A fraction word ends a fraction before "of", punctuation or the end of the sentence.</summary>
    public static bool EndsFraction(Document document, int t, int limit) =>
        t >= limit || document.FoldedToken(t) is "of" || document.Tokens[t].Kind == TokenKind.Punctuation;
}
