using System.Globalization;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// Resolves relative time expressions against the article's publication date; invariant culture throughout.
/// A result outside the calendar (before 0001-01-01 or after 9999-12-31, as from "yesterday" in an article dated
/// 0001-01-01) is null, and the caller keeps the expression as written.
/// </summary>
public static class TimeResolver
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The ISO date <paramref name="days"/> after <paramref name="date"/> (before, when negative), or null outside the calendar.</summary>
    public static string? IsoAfterDays(DateOnly date, int days)
    {
        long dayNumber = (long)date.DayNumber + days;
        return dayNumber >= DateOnly.MinValue.DayNumber && dayNumber <= DateOnly.MaxValue.DayNumber
            ? Iso(DateOnly.FromDayNumber((int)dayNumber)) : null;
    }

    /// <summary>"yyyy-MM" of the month <paramref name="months"/> after <paramref name="date"/>'s, or null outside the calendar.</summary>
    public static string? MonthAfter(DateOnly date, int months)
    {
        long index = date.Year * 12L + (date.Month - 1) + months;
        return index < 12 ? null : YearMonth((int)(index / 12), (int)(index % 12) + 1);
    }

    /// <summary>"yyyy-MM", or null when the year is outside the calendar.</summary>
    public static string? YearMonth(int year, int month) =>
        year is >= 1 and <= 9999 ? string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}") : null;

    /// <summary>The year as written in the time column, or null when it is outside the calendar.</summary>
    public static string? Year(int year) => year is >= 1 and <= 9999 ? year.ToString(CultureInfo.InvariantCulture) : null;

    /// <summary>"Monday" in an article published on a Tuesday is the day before; on a Monday, the same day.</summary>
    public static string? PreviousWeekday(DateOnly published, int isoWeekday)
    {
        int today = published.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)published.DayOfWeek;
        int back = (today - isoWeekday + 7) % 7;
        return IsoAfterDays(published, -back);
    }

    public static string? NextWeekday(DateOnly published, int isoWeekday)
    {
        int today = published.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)published.DayOfWeek;
        int ahead = (isoWeekday - today + 7) % 7;
        return IsoAfterDays(published, ahead == 0 ? 7 : ahead);
    }

    /// <summary>"11 years ago" → the year (or the date for days, weeks and months); null when the unit is no time unit.</summary>
    public static string? Ago(DateOnly published, double amount, string unit)
    {
        if (amount != Math.Floor(amount) || amount < 0 || amount > 100_000) return null;
        int n = (int)amount;
        return unit switch
        {
            "year" => Year(published.Year - n),
            "decade" => Year(published.Year - 10 * n),
            "month" => MonthAfter(published, -n),
            "week" => IsoAfterDays(published, -7 * n),
            "day" => IsoAfterDays(published, -n),
            _ => null,
        };
    }
}
