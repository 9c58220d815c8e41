using System.Globalization;
using ClaimPipeline.Claims.Numbers.Readers;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// The time expression of a quantity's clause: a weekday, "yesterday", "this year", "last month", "the 31st",
/// "August 31", "in 2010", "the 1980s", "11 years ago", "since the Taliban takeover". Resolved against the
/// publication date when the article has one (an ISO date, a year-month or a year), else as written.
/// </summary>
public sealed class TimeExpressionFinder(NumberLexicons lexicons)
{
    /// <summary>The expression nearest to tokens [first, end) in its sentence, not across a comma.</summary>
    public string? Near(Document document, SentenceSpan sentence, int first, int end)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        for (int k = Math.Max(sentence.FirstToken, first - NumberContext.NearTokens); k < Math.Min(sentence.EndToken, end + NumberContext.NearTokens); k++)
        {
            if (k >= first && k < end) continue;
            int distance = k < first ? first - k : k - end;
            if (distance >= bestDistance) continue;
            var expression = At(document, sentence, k);
            if (expression is null || CommaBetween(document, k, k < first ? first : end)) continue;
            best = expression;
            bestDistance = distance;
        }
        return best;
    }

    /// <summary>A comma between two tokens puts them in different clauses: "held for eight years, … this year".</summary>
    private static bool CommaBetween(Document document, int a, int b)
    {
        for (int k = Math.Min(a, b); k < Math.Max(a, b); k++)
            if (document.FoldedToken(k) is "," or ";") return true;
        return false;
    }

    private string? At(Document document, SentenceSpan sentence, int k)
    {
        var word = document.FoldedToken(k);
        var published = document.Published;
        bool hasPrevious = k > sentence.FirstToken;
        var previous = hasPrevious ? document.FoldedToken(k - 1) : default;
        if (lexicons.TimeWords.TryGet(word, out var timeWord))
        {
            if (timeWord.Kind == "weekday" && char.IsUpper(word[0]))
            {
                if (published is null) return word.ToString();
                bool next = previous is "next";
                return (next ? TimeResolver.NextWeekday(published.Value, timeWord.Value)
                    : TimeResolver.PreviousWeekday(published.Value, timeWord.Value)) ?? word.ToString();
            }
            if (timeWord.Kind == "relative")
                return (published is { } p ? TimeResolver.IsoAfterDays(p, timeWord.Value) : null) ?? word.ToString();
            if (timeWord.Kind == "month" && char.IsUpper(word[0]))
            {
                if (k + 1 < sentence.EndToken && CalendarTokens.TryDayNumber(document.FoldedToken(k + 1), out _)) return null; // a date row of its own
                if (k + 1 < sentence.EndToken && CalendarTokens.TryYear(document, k + 1, out int monthYear))
                    return string.Create(CultureInfo.InvariantCulture, $"{monthYear:0000}-{timeWord.Value:00}");
                if (previous is "in" or "since" or "by" or "until" or "last" or "next" or "this")
                    return (published is { } p ? TimeResolver.YearMonth(MonthYear(p, timeWord.Value, previous), timeWord.Value) : null) ?? word.ToString();
            }
        }
        if (word is "year" or "month" or "week" && previous is "this" or "last" or "next")
            return Relative(document, published, k, word, previous);
        // "the 31st": a day of the publication month.
        if (previous is "the" && CalendarTokens.TryDayNumber(word, out int day) && !char.IsAsciiDigit(word[^1])
            && (k + 1 >= sentence.EndToken || document.FoldedToken(k + 1) is not "of" || k + 2 >= sentence.EndToken || !IsMonthWord(document, k + 2)))
            return published is { } p && day <= DateTime.DaysInMonth(p.Year, p.Month)
                ? TimeResolver.Iso(new DateOnly(p.Year, p.Month, day)) : document.Slice(document.Tokens[k - 1].Start, document.Tokens[k].End);
        if (word is "ago" && k - 2 >= sentence.FirstToken && lexicons.Units.Match(document, k - 1, k, out var unit) == 1
            && DigitsReader.TryParsePlain(document.FoldedToken(k - 2), out double amount))
            return (published is { } p ? TimeResolver.Ago(p, amount, unit.Unit) : null)
                   ?? document.Slice(document.Tokens[k - 2].Start, document.Tokens[k].End);
        if (word is "since" && k + 1 < sentence.EndToken && document.Tokens[k + 1].Kind == TokenKind.Word
            && !CalendarTokens.TryYear(document, k + 1, out _))
        {
            int e = k + 1;
            while (e < sentence.EndToken && e - k <= 6 && document.Tokens[e].Kind is TokenKind.Word or TokenKind.Number
                   && !(e > k + 1 && document.FoldedToken(e) is "and" or "but" or "when" or "which" or "that")) e++;
            return document.Slice(document.Tokens[k].Start, document.Tokens[e - 1].End);
        }
        if (CalendarTokens.TryDecade(word, out _) && previous is "the" or "early" or "mid" or "late")
        {
            int s = previous is "the" ? k : k - 1;
            return document.Slice(document.Tokens[s].Start, document.Tokens[k].End);
        }
        if (CalendarTokens.TryYear(document, k, out int year) && previous is "in" or "since" or "by" or "until" or "of" or "during" or "for")
            return year.ToString(CultureInfo.InvariantCulture);
        return null;
    }

    private static int MonthYear(DateOnly published, int month, ReadOnlySpan<char> previous) => previous switch
    {
        "last" => month >= published.Month ? published.Year - 1 : published.Year,
        "next" => month <= published.Month ? published.Year + 1 : published.Year,
        _ => published.Year,
    };

    private static string Relative(Document document, DateOnly? published, int k, ReadOnlySpan<char> unit, ReadOnlySpan<char> which)
    {
        int step = which is "last" ? -1 : which is "next" ? 1 : 0;
        var resolved = published is not { } p ? null : unit switch
        {
            "year" => TimeResolver.Year(p.Year + step),
            "month" => TimeResolver.MonthAfter(p, step),
            _ => TimeResolver.IsoAfterDays(p, 7 * step),
        };
        return resolved ?? document.Slice(document.Tokens[k - 1].Start, document.Tokens[k].End);
    }

    private bool IsMonthWord(Document document, int t) =>
        lexicons.TimeWords.TryGet(document.FoldedToken(t), out var word) && word.Kind == "month";
}
