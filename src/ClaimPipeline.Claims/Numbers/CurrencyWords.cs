using ClaimPipeline.Nlp.Lexicons;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// Currency signs and codes written before a number ("$", "US$", "£", "¥", "RM", "USD"), with the unit they give:
/// the prefix entries of the unit dictionary (ISO 4217 codes and symbols, and ours in unit-names.tsv), exact case.
/// </summary>
public sealed class CurrencyWords(PhraseLexicon<string> signs)
{
    public string? Of(ReadOnlySpan<char> token) => signs.TryGet(token, out var unit) ? unit : null;
}
