using System.Globalization;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// Reads calendar dates ("August 31", "August 31, 2021", "6 January", "3 February 2005", "26-28 August"), years used
/// as dates ("in 2010") and decades ("the late 1990s"). They become numeric rows with unit "date": the year (or the
/// day when no year is given) as quantity and the ISO date in the time column when it can be resolved.
/// </summary>
public sealed class DateReader(NumberLexicons lexicons)
{
    /// <summary>A date at token <paramref name="t"/>: (first, end, quantity, time) or null.</summary>
    public (int First, int End, double Value, string Time, string Rule)? Read(Document document, SentenceSpan sentence, int t)
    {
        int limit = sentence.EndToken;
        // "August 31", "August 31, 2021"
        if (t + 1 < limit && IsMonth(document, t, out int month) && TryDayNumber(document.FoldedToken(t + 1), out int day))
        {
            int end = t + 2;
            int? year = null;
            if (end + 1 < limit && document.FoldedToken(end) is "," && TryYear(document, end + 1, out int y))
            {
                year = y;
                end += 2;
            }
            else if (end < limit && TryYear(document, end, out int y2))
            {
                year = y2;
                end++;
            }
            return (t, end, year ?? day, DateTime(document, t, end, year, month, day), "number.date");
        }
        // "6 January", "3 February 2005", "26-28 August"
        if (document.Tokens[t].Kind == TokenKind.Number && t + 1 < limit && IsMonth(document, t + 1, out month)
            && (TryDayNumber(document.FoldedToken(t), out day) || TryDayRange(document.FoldedToken(t), out day)))
        {
            int end = t + 2;
            int? year = null;
            if (end < limit && TryYear(document, end, out int y))
            {
                year = y;
                end++;
            }
            return (t, end, year ?? day, DateTime(document, t, end, year, month, day), "number.date");
        }
        var word = document.FoldedToken(t);
        if (TryDecade(word, out int decade))
        {
            int first = t > sentence.FirstToken && document.FoldedToken(t - 1) is "early" or "mid" or "late" ? t - 1 : t;
            return (first, t + 1, decade, document.Slice(document.Tokens[first].Start, document.Tokens[t].End), "number.decade");
        }
        if (!TryYear(document, t, out int yearValue)) return null;
        // "2010 people" is a count, not a year; "May 2010" is part of a month and read with it.
        if (t + 1 < limit && lexicons.Units.Match(document, t + 1, limit, out _) > 0) return null;
        if (t > sentence.FirstToken && CurrencyWords.Of(document.FoldedToken(t - 1)) is not null) return null;
        int yearEnd = t + 1;
        // "2007-2013" stays one token; "2003/04" a season
        return (t, yearEnd, yearValue, yearValue.ToString(CultureInfo.InvariantCulture), "number.year");
    }

    private static string DateTime(Document document, int first, int end, int? year, int month, int day)
    {
        int resolvedYear = year ?? document.Published?.Year ?? 0;
        return resolvedYear > 0 && day <= System.DateTime.DaysInMonth(resolvedYear, month)
            ? TimeResolver.Iso(new DateOnly(resolvedYear, month, day))
            : document.Slice(document.Tokens[first].Start, document.Tokens[end - 1].End);
    }

    public bool IsMonth(Document document, int t, out int month)
    {
        month = 0;
        var token = document.FoldedToken(t);
        if (token.Length == 0 || !char.IsUpper(token[0])) return false;
        if (!lexicons.TimeWords.TryGet(token, out var word) || word.Kind != "month") return false;
        month = word.Value;
        return month is >= 1 and <= 12;
    }

    public static bool TryDayNumber(ReadOnlySpan<char> token, out int day)
    {
        day = 0;
        int i = 0;
        while (i < token.Length && char.IsAsciiDigit(token[i])) i++;
        if (i is 0 or > 2) return false;
        var suffix = token[i..];
        if (suffix.Length > 0 && suffix is not ("st" or "nd" or "rd" or "th")) return false;
        day = int.Parse(token[..i], NumberStyles.None, CultureInfo.InvariantCulture);
        return day is >= 1 and <= 31;
    }

    /// <summary>"26-28": the first day of a span of days.</summary>
    private static bool TryDayRange(ReadOnlySpan<char> token, out int day)
    {
        day = 0;
        int dash = token.IndexOf('-');
        return dash > 0 && TryDayNumber(token[..dash], out day) && TryDayNumber(token[(dash + 1)..], out _);
    }

    public static bool TryYear(Document document, int t, out int year)
    {
        year = 0;
        var token = document.FoldedToken(t);
        return document.Tokens[t].Kind == TokenKind.Number && token.Length == 4
            && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1000 and <= 2100;
    }

    public static bool TryDecade(ReadOnlySpan<char> token, out int decade)
    {
        decade = 0;
        return token.Length == 5 && token[4] == 's' && int.TryParse(token[..4], NumberStyles.None, CultureInfo.InvariantCulture, out decade)
            && decade is >= 1000 and <= 2100 && decade % 10 == 0;
    }
}
