using System.Buffers;
using ClaimPipeline.Nlp.Lexicons;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// Currency signs and codes written before a number ("$", "US$", "£", "¥", "RM", "USD"), with the unit they give:
/// the prefix entries of the unit dictionary (ISO 4217 codes and symbols, and ours in unit-names.tsv), exact case.
/// </summary>
public sealed class CurrencyWords(PhraseLexicon<UnitDictionaryEntry> signs, string initials)
{
    /// <summary>The first characters of the signs and codes: most tokens start with none of them, and are no sign.</summary>
    private readonly SearchValues<char> _initials = SearchValues.Create(initials);

    /// <summary>The longest code written joined to digits that is read ("USD160,300", "GHS6.2billion", "RM750mil").</summary>
    private const int MaxJoinedCode = 3;

    /// <summary>
    /// The currency a sign or code written apart gives. A one-letter code ("N" naira, "R" rand) gives none: apart from
    /// its number, or joined to a bare one ("N95", "R5"), it is a letter, a name or a model as often as money.
    /// </summary>
    public string? Of(ReadOnlySpan<char> token) => IsLetterCode(token) ? null : Lookup(token);

    private string? Lookup(ReadOnlySpan<char> token) =>
        token.Length > 0 && _initials.Contains(token[0]) && signs.TryGet(token, out var sign) ? sign.Unit : null;

    /// <summary>
    /// A currency code of letters joined to the digits after it ("RM7.8", "Rs500", "USD160,300", "N200bn"): its unit
    /// and length, or null. A one-letter code is money only before a scale ("N200 billion"), which the reader checks.
    /// </summary>
    public (string Unit, int Length)? JoinedTo(ReadOnlySpan<char> token)
    {
        for (int n = Math.Min(token.Length - 1, MaxJoinedCode); n >= 1; n--)
            if (char.IsAsciiDigit(token[n]) && IsLetters(token[..n]) && Lookup(token[..n]) is { } unit) return (unit, n);
        return null;
    }

    /// <summary>A code of one ASCII letter.</summary>
    public static bool IsLetterCode(ReadOnlySpan<char> code) => code.Length == 1 && char.IsAsciiLetter(code[0]);

    private static bool IsLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!char.IsAsciiLetter(c)) return false;
        return true;
    }
}
