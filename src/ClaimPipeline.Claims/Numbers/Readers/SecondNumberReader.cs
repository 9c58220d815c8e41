using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// The number after "to", "and", "in" or a dash in a range or ratio, with its currency and unit. A vague group, a
/// year and "number one" cannot be one: "rose 5% to thousands", "5 to 2010".
/// </summary>
public sealed class SecondNumberReader(NumberReader numbers, UnitReader units, CurrencyWords currencies)
{
    public SecondNumber? Read(Document document, int t, int limit)
    {
        // "… from 5% to the level of" ending the article: nothing after "of" to read.
        if (t >= limit) return null;
        string? currency = currencies.Of(document.FoldedToken(t));
        int start = currency is null ? t : t + 1;
        if (start >= limit || document.FoldedToken(start) is "number") return null;
        if (numbers.Read(document, start, limit) is not { Vague: false } second || CalendarTokens.TryYear(document, start, out _)) return null;
        var (unit, end) = units.Read(document, second, currency, second.End, limit);
        return new SecondNumber(second.Value, unit, end, second.Scale);
    }
}
