using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// A currency sign before a number gives its unit: "$800 million", "£3bn", "US$5m", "US $5m", and "-£3bn" with a
/// minus sign before the sign (the number is negated once read). The number starts after the sign.
/// </summary>
public sealed class CurrencyPrefix(CurrencyWords currencies)
{
    /// <summary>"US $5m": a country written apart from the dollar sign it qualifies.</summary>
    private const string CountryBeforeDollar = "US";

    /// <summary>Sets the currency and where the number starts; false when the sentence ends before a number could.</summary>
    public bool Read(Document document, int t, int limit, ref QuantityDraft quantity)
    {
        int numberStart = t;
        string? currency = currencies.Of(document.FoldedToken(t));
        if (currency is null && document.FoldedToken(t) is CountryBeforeDollar && t + 1 < limit && document.FoldedToken(t + 1) is "$")
        {
            currency = currencies.Of("$");
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
