using System.Globalization;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>Tokens that name parts of a date: months, day numbers, years and decades.</summary>
public static class CalendarTokens
{
    /// <summary>A capitalised month name or abbreviation from time-words.tsv ("August", "Aug"; not "may").</summary>
    public static bool IsMonth(NumberLexicons lexicons, Document document, int t, out int month)
    {
        month = 0;
        var token = document.FoldedToken(t);
        if (token.Length == 0 || !char.IsUpper(token[0])) return false;
        if (!lexicons.TimeWords.TryGet(token, out var word) || word.Kind != "month") return false;
        month = word.Value;
        return month is >= 1 and <= 12;
    }

    /// <summary>"31", "31st", "1st": a day of a month.</summary>
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
    public static bool TryDayRange(ReadOnlySpan<char> token, out int day)
    {
        day = 0;
        int dash = token.IndexOf('-');
        return dash > 0 && TryDayNumber(token[..dash], out day) && TryDayNumber(token[(dash + 1)..], out _);
    }

    /// <summary>A four-digit number token from 1000 to 2100.</summary>
    public static bool TryYear(Document document, int t, out int year)
    {
        year = 0;
        var token = document.FoldedToken(t);
        return document.Tokens[t].Kind == TokenKind.Number && token.Length == 4
            && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1000 and <= 2100;
    }

    /// <summary>"1990s": a decade from 1000 to 2100.</summary>
    public static bool TryDecade(ReadOnlySpan<char> token, out int decade)
    {
        decade = 0;
        return token.Length == 5 && token[4] == 's' && int.TryParse(token[..4], NumberStyles.None, CultureInfo.InvariantCulture, out decade)
            && decade is >= 1000 and <= 2100 && decade % 10 == 0;
    }

    /// <summary>The ISO date when the year is known (written, or the publication year), else the date as written.</summary>
    public static string IsoOrWritten(Document document, int first, int end, int? year, int month, int day)
    {
        int resolvedYear = year ?? document.Published?.Year ?? 0;
        return resolvedYear > 0 && day <= DateTime.DaysInMonth(resolvedYear, month)
            ? TimeResolver.Iso(new DateOnly(resolvedYear, month, day))
            : document.Slice(document.Tokens[first].Start, document.Tokens[end - 1].End);
    }
}
