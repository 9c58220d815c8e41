using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Filters;

/// <summary>
/// "COP 27", "COP 15", "SDG 15": a three-letter capital code that is also a currency code (Colombian peso, Sudanese
/// pound), set apart by a space from a whole number of one or two digits with no scale and no rate after it, names a
/// conference or a goal; an amount in a currency code has a scale or more digits ("USD 15 million", "EUR 250") or a
/// rate ("USD 15 a barrel"). Currency signs ("$15", "US$15") are never names. See docs/decisions.md.
/// </summary>
public sealed class CurrencyCodeNameFilter : NonQuantityFilter
{
    public override bool Rejects(Document document, SentenceSpan sentence, in QuantityDraft quantity)
    {
        var number = quantity.Number;
        if (quantity.Currency is null || quantity.NumberStart != quantity.Start + 1 || number.Spelled || number.Scale != 1
            || number.TokenUnit is not null || number.End - number.First != 1 || number.Value != Math.Floor(number.Value)
            || number.Value >= 100 || document.FoldedToken(number.First).Length > 2)
            return false;
        var code = document.FoldedToken(quantity.Start);
        if (code.Length != 3 || !IsCapitals(code) || document.Tokens[quantity.Start].End == document.Tokens[number.First].Start) return false;
        int end = number.End;
        return !(end < sentence.EndToken && document.FoldedToken(end) is "a" or "an" or "per" or "each" or "/");
    }

    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!char.IsAsciiLetterUpper(c)) return false;
        return true;
    }
}
