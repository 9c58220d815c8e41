using System.Globalization;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>Resolves relative time expressions against the article's publication date; invariant culture throughout.</summary>
public static class TimeResolver
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"Monday" in an article published on a Tuesday is the day before; on a Monday, the same day.</summary>
    public static DateOnly PreviousWeekday(DateOnly published, int isoWeekday)
    {
        int today = published.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)published.DayOfWeek;
        int back = (today - isoWeekday + 7) % 7;
        return published.AddDays(-back);
    }

    public static DateOnly NextWeekday(DateOnly published, int isoWeekday)
    {
        int today = published.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)published.DayOfWeek;
        int ahead = (isoWeekday - today + 7) % 7;
        return published.AddDays(ahead == 0 ? 7 : ahead);
    }

    /// <summary>"11 years ago" → the year (or the date for days, weeks and months); null when the unit is no time unit.</summary>
    public static string? Ago(DateOnly published, double amount, string unit)
    {
        if (amount != Math.Floor(amount) || amount < 0 || amount > 100_000) return null;
        int n = (int)amount;
        return unit switch
        {
            "year" => (published.Year - n).ToString(CultureInfo.InvariantCulture),
            "decade" => (published.Year - 10 * n).ToString(CultureInfo.InvariantCulture),
            "month" => Iso(published.AddMonths(-n))[..7],
            "week" => Iso(published.AddDays(-7 * n)),
            "day" => Iso(published.AddDays(-n)),
            _ => null,
        };
    }
}
