using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Claims.Numbers.Readers;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Numbers.Grammar;

/// <summary>Each date reader on its own: the row it reads (span, quantity, time, rule) and what it leaves.</summary>
public sealed class DateReaderTests
{
    private static DateReading? ReadAt(DateReader reader, Document document, string token)
    {
        int t = document.Token(token);
        return reader.Read(document, document.SentenceOf(t), t);
    }

    [Fact]
    public void MonthDayReader_ReadsMonthDayAndYear()
    {
        var document = HandBuilt.Text("The deadline is August 31, 2021 for all.");
        var date = ReadAt(new MonthDayReader(HandBuilt.Lexicons), document, "August")!.Value;
        Assert.Equal("August 31, 2021", document.Words(date.First, date.End));
        Assert.Equal(2021, date.Value);
        Assert.Equal("2021-08-31", date.Time);
        Assert.Same(ClaimRules.NumberDate, date.Rule);
    }

    [Fact]
    public void MonthDayReader_ResolvesAgainstThePublicationYear_ElseKeepsTheText()
    {
        var dated = HandBuilt.Text("It ends on August 31.", new DateOnly(2021, 8, 24));
        Assert.Equal("2021-08-31", ReadAt(new MonthDayReader(HandBuilt.Lexicons), dated, "August")!.Value.Time);
        var undated = HandBuilt.Text("It ends on August 31.");
        var date = ReadAt(new MonthDayReader(HandBuilt.Lexicons), undated, "August")!.Value;
        Assert.Equal(31, date.Value);
        Assert.Equal("August 31", date.Time);
        Assert.Null(ReadAt(new MonthDayReader(HandBuilt.Lexicons), HandBuilt.Text("In August 2000 people came."), "August"));
    }

    [Theory]
    [InlineData("The vote is on 6 January this year.", "6", "6 January", 6)]
    [InlineData("The count was on 3 February 2005 at noon.", "3", "3 February 2005", 2005)]
    [InlineData("The fair runs 26-28 August in town.", "26-28", "26-28 August", 26)]
    public void DayMonthReader_ReadsDayMonthAndYear(string text, string first, string words, double value)
    {
        var document = HandBuilt.Text(text);
        var date = ReadAt(new DayMonthReader(HandBuilt.Lexicons), document, first)!.Value;
        Assert.Equal(words, document.Words(date.First, date.End));
        Assert.Equal(value, date.Value);
        Assert.Same(ClaimRules.NumberDate, date.Rule);
        Assert.Null(ReadAt(new DayMonthReader(HandBuilt.Lexicons), HandBuilt.Text("They sent 6 troops in January."), "6"));
    }

    [Fact]
    public void DecadeReader_ReadsTheDecadeWithEarlyMidOrLate()
    {
        var document = HandBuilt.Text("Music changed in the late 1990s.");
        var decade = ReadAt(new DecadeReader(), document, "1990s")!.Value;
        Assert.Equal("late 1990s", document.Words(decade.First, decade.End));
        Assert.Equal(1990, decade.Value);
        Assert.Equal("late 1990s", decade.Time);
        Assert.Null(decade.Rule); // never a row, only a time
        Assert.Null(ReadAt(new DecadeReader(), HandBuilt.Text("He scored 1995 points."), "1995"));
    }

    [Fact]
    public void YearReader_ReadsAYearUnlessAUnitOrCurrencyMakesItAnAmount()
    {
        var year = ReadAt(new YearReader(HandBuilt.Lexicons), HandBuilt.Text("He was arrested in 2010 at home."), "2010")!.Value;
        Assert.Equal(2010, year.Value);
        Assert.Equal("2010", year.Time);
        Assert.Same(ClaimRules.NumberYear, year.Rule);
        Assert.Null(ReadAt(new YearReader(HandBuilt.Lexicons), HandBuilt.Text("He paid 2010 dollars."), "2010"));
        Assert.Null(ReadAt(new YearReader(HandBuilt.Lexicons), HandBuilt.Text("He paid $2010 in cash."), "2010"));
        Assert.Null(ReadAt(new YearReader(HandBuilt.Lexicons), HandBuilt.Text("He paid 3010 in cash."), "3010"));
    }

    [Theory]
    [InlineData("They eat 2000 - 2500 calories.", false)]      // the other end is no year
    [InlineData("Between 2000 and 3000 marched.", false)]
    [InlineData("From 1990 to 2000 it grew.", true)]            // two years
    [InlineData("In 2004 to 15 March it grew.", true)]          // a smaller number: no range
    public void YearReader_LeavesTheLowEndOfARangeOfCounts(string text, bool year)
    {
        var document = HandBuilt.Text(text);
        var first = document.Tokens.Select((_, t) => t).First(t => document.Tokens[t].Kind == TokenKind.Number);
        Assert.Equal(year, ReadAt(new YearReader(HandBuilt.Lexicons), document, document.TokenText(first).ToString()) is not null);
    }
}
