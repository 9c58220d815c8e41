using ClaimPipeline.Claims.Rules;
using System.Globalization;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// "in 2010", "May 2010": a four-digit number from 1000 to 2100 is a year, unless a unit follows ("2010 people" is a
/// count) or a currency sign stands before it ("$2010").
/// </summary>
public sealed class YearReader(NumberLexicons lexicons) : DateReader
{
    public override string OpeningCharacters => "0123456789";

    public override DateReading? Read(Document document, SentenceSpan sentence, int t)
    {
        int limit = sentence.EndToken;
        if (!CalendarTokens.TryYear(document, t, out int year)) return null;
        if (t + 1 < limit && lexicons.Units.Match(document, t + 1, limit, out _) > 0) return null;
        if (t > sentence.FirstToken && lexicons.CurrencyWords.Of(document.FoldedToken(t - 1)) is not null) return null;
        // "2007-2013" stays one token (no year); "2003/04" a season
        return new DateReading(t, t + 1, year, year.ToString(CultureInfo.InvariantCulture), ClaimRules.NumberYear);
    }
}
