using ClaimPipeline.Claims.Rules;
using System.Globalization;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// "in 2010", "May 2010": a four-digit number from 1000 to 2100 is a year, unless a unit follows ("2010 people" is a
/// count), a currency sign stands before it ("$2010"), or it opens a range whose other end is no year ("2000 - 2500
/// calories", "between 1000 and 5000"; "from 1990 to 2000" stays two years).
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
        if (OpensRangeOfCounts(document, sentence, t, year)) return null;
        // "2007-2013" stays one token (no year); "2003/04" a season
        return new DateReading(t, t + 1, year, year.ToString(CultureInfo.InvariantCulture), ClaimRules.NumberYear);
    }

    /// <summary>
    /// A range joint after the year ("-", "–", "to", "through", or "and" after "between") and a larger whole number
    /// that is no year or takes a unit: the pair is a range of counts.
    /// </summary>
    private bool OpensRangeOfCounts(Document document, SentenceSpan sentence, int t, int year)
    {
        int limit = sentence.EndToken, other = t + 2;
        if (other >= limit) return false;
        var joint = document.FoldedToken(t + 1);
        bool between = t > sentence.FirstToken && document.FoldedToken(t - 1).Equals("between", StringComparison.OrdinalIgnoreCase);
        if (!(joint is "-" or "–" or "to" or "through" || (between && joint is "and"))) return false;
        if (!int.TryParse(document.FoldedToken(other), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out int value) || value <= year)
            return false;
        return !CalendarTokens.TryYear(document, other, out _) || (other + 1 < limit && lexicons.Units.Match(document, other + 1, limit, out _) > 0);
    }
}
