using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>"August 31", "August 31, 2021", "Aug 31 2021": a month and a day, maybe a year.</summary>
public sealed class MonthDayReader(NumberLexicons lexicons) : DateReader
{
    public override string OpeningCharacters { get; } = lexicons.MonthInitials;

    public override DateReading? Read(Document document, SentenceSpan sentence, int t)
    {
        int limit = sentence.EndToken;
        if (t + 1 >= limit || !CalendarTokens.IsMonth(lexicons, document, t, out int month)
            || !CalendarTokens.TryDayNumber(document.FoldedToken(t + 1), out int day)) return null;
        int end = t + 2;
        int? year = null;
        if (end + 1 < limit && document.FoldedToken(end) is "," && CalendarTokens.TryYear(document, end + 1, out int y))
        {
            year = y;
            end += 2;
        }
        else if (end < limit && CalendarTokens.TryYear(document, end, out int y2))
        {
            year = y2;
            end++;
        }
        return new DateReading(t, end, year ?? day, CalendarTokens.IsoOrWritten(document, t, end, year, month, day), ClaimRules.NumberDate);
    }
}
