using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// A currency sign before a number gives its unit: "$800 million", "£3bn", "US$5m", "NZ$5m", "US $5m", and "-£3bn" with a
/// minus sign before the sign (the number is negated once read). The number starts after the sign.
/// </summary>
public sealed class CurrencyPrefix(CurrencyWords currencies)
{
    /// <summary>Sets the currency and where the number starts; false when the sentence ends before a number could.</summary>
    public bool Read(Document document, int t, int limit, ref QuantityDraft quantity)
    {
        int numberStart = t;
        string? currency = currencies.Of(document.FoldedToken(t));
        // "US$5m", "NZ$5m", "N$100 000", "US $5m": the tokenizer splits a country's letters from the dollar sign
        // (the lexicon keeps "US$" as "US $"); a country written apart from the sign qualifies it too.
        if (currency is null && t + 1 < limit && document.FoldedToken(t + 1) is "$" && document.Tokens[t].Kind == TokenKind.Word
            && currencies.Of(document.FoldedToken(t).ToString() + " $") is { } dollar)
        {
            currency = dollar;
            numberStart++;
        }
        bool minus = false;
        if (currency is null && MinusSign.At(document, t, limit) && currencies.Of(document.FoldedToken(t + 1)) is { } signed)
        {
            (currency, minus) = (signed, true);
            numberStart++;
        }
        if (currency is not null) numberStart++;
        quantity.Currency = currency;
        quantity.MinusBeforeCurrency = minus;
        quantity.NumberStart = numberStart;
        return numberStart < limit;
    }
}
