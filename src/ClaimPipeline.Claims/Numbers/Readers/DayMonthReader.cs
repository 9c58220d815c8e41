using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>"6 January", "3 February 2005", "26-28 August" (the first day of the span): a day and a month, maybe a year.</summary>
public sealed class DayMonthReader(NumberLexicons lexicons) : DateReader
{
    public override string OpeningCharacters => "0123456789";

    public override DateReading? Read(Document document, SentenceSpan sentence, int t)
    {
        int limit = sentence.EndToken;
        if (document.Tokens[t].Kind != TokenKind.Number || t + 1 >= limit || !CalendarTokens.IsMonth(lexicons, document, t + 1, out int month)) return null;
        var token = document.FoldedToken(t);
        if (!CalendarTokens.TryDayNumber(token, out int day) && !CalendarTokens.TryDayRange(token, out day)) return null;
        int end = t + 2;
        int? year = null;
        if (end < limit && CalendarTokens.TryYear(document, end, out int y))
        {
            year = y;
            end++;
        }
        return new DateReading(t, end, year ?? day, CalendarTokens.IsoOrWritten(document, t, end, year, month, day), ClaimRules.NumberDate);
    }
}
