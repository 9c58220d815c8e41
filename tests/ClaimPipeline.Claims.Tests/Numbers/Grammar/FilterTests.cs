using ClaimPipeline.Claims.Numbers;
using ClaimPipeline.Claims.Numbers.Filters;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Numbers.Grammar;

/// <summary>Each non-quantity filter on its own: a number it rejects and a like one it lets through.</summary>
public sealed class FilterTests
{
    private static readonly NumberLexicons Lexicons = HandBuilt.Lexicons;

    private static bool Rejects(NonQuantityFilter filter, Document document, in QuantityDraft quantity) =>
        filter.Rejects(document, document.SentenceOf(quantity.Number.First), quantity);

    private static bool Rejects(NonQuantityFilter filter, string text, string number, int nth = 0)
    {
        var document = HandBuilt.Text(text);
        return Rejects(filter, document, document.Draft(number, nth));
    }

    [Theory]
    [InlineData("0800", 4, true)]
    [InlineData("800", 3, false)]
    [InlineData("0.5", 3, false)]
    public void LeadingZeroFilter_RejectsCodes(string token, int digits, bool rejects) =>
        Assert.Equal(rejects, new LeadingZeroFilter().Rejects(token, digits));

    [Theory]
    [InlineData("2-1", 1, true)]
    [InlineData("2004-05", 4, true)]
    [InlineData("4-3-3", 1, true)]
    [InlineData("2007-2013", 4, false)] // a low-high pair: the dash range filter decides once the unit is known
    [InlineData("5-10", 1, false)]
    [InlineData("47-year-old", 2, false)]
    [InlineData("47", 2, false)]
    public void ScoreFilter_RejectsScoresAndCodes_LeavesLowHighPairs(string token, int digits, bool rejects) =>
        Assert.Equal(rejects, new ScoreFilter().Rejects(token, digits));

    [Theory]
    [InlineData("Chelsea won 6-7 on Sunday.", "6-7", null, true)]            // a score
    [InlineData("The plan for 2007-2013 was agreed.", "2007-2013", null, true)] // a span of years
    [InlineData("The 2007-2013 budgets were agreed.", "2007-2013", "budget", true)]
    [InlineData("The firm hired 20-30 engineers.", "20-30", "engineer", false)]
    [InlineData("Growth of 4.7-4.8 is likely.", "4.7-4.8", null, false)]    // no score has decimals
    [InlineData("The range is 1000-5000 today.", "1000-5000", null, false)] // nor runs to thousands
    [InlineData("Some 5-10 million watched.", "5-10", null, false)]         // a scale makes it an amount
    public void DashRangeFilter_RejectsScoresAndSpansOfYears(string text, string number, string? unit, bool rejects)
    {
        var document = HandBuilt.Text(text);
        var quantity = document.Draft(number);
        quantity.Unit = unit;
        Assert.Equal(rejects, Rejects(new DashRangeFilter(Lexicons), document, quantity));
    }

    [Theory]
    [InlineData("3rd", 1, true)]
    [InlineData("15th", 2, true)]
    [InlineData("3pm", 1, true)]
    [InlineData("3bn", 1, false)]
    [InlineData("3km", 1, false)]
    public void DigitSuffixFilter_RejectsOrdinalsAndClockTimes(string token, int digits, bool rejects) =>
        Assert.Equal(rejects, new DigitSuffixFilter().Rejects(token, digits));

    [Theory]
    [InlineData("They filmed at the Three Gorges dam.", "Three", true)]
    [InlineData("Million Dollar Baby won.", "Million", true)]
    [InlineData("Three Americans died.", "Three", false)]
    [InlineData("They filmed three gorges.", "three", false)]
    public void NumberWordNameFilter_RejectsCapitalisedNumberWordsInNames(string text, string number, bool rejects) =>
        Assert.Equal(rejects, Rejects(new NumberWordNameFilter(Lexicons), text, number));

    [Theory]
    [InlineData("The meeting ends at 10:30 today.", "10", true)]
    [InlineData("The meeting ends at 10 GMT today.", "10", true)]
    [InlineData("The meeting took 10 hours today.", "10", false)]
    public void ClockTimeFilter_RejectsClockTimes(string text, string number, bool rejects) =>
        Assert.Equal(rejects, Rejects(new ClockTimeFilter(Lexicons), text, number));

    [Fact]
    public void ClockTimeFilter_LetsMoneyThrough()
    {
        var document = HandBuilt.Text("It cost 10 : 30 of them.");
        var quantity = document.Draft("10");
        quantity.Currency = "dollar";
        Assert.False(Rejects(new ClockTimeFilter(Lexicons), document, quantity));
    }

    [Theory]
    [InlineData("The album moved from number eight to number one.", "eight", 0, true)]
    [InlineData("The album moved from number eight to number one.", "one", 0, true)]
    [InlineData("He lives at No. 10 now.", "10", 0, true)]
    [InlineData("Use version 2 instead.", "2", 0, true)]
    [InlineData("It moved from eight to one.", "eight", 0, false)]
    public void NumberReferenceFilter_RejectsNumbersNamedByAReferenceWord(string text, string number, int nth, bool rejects) =>
        Assert.Equal(rejects, Rejects(new NumberReferenceFilter(Lexicons), text, number, nth));

    [Theory]
    [InlineData("She lives at 10 Downing Street now.", "10", true)]
    [InlineData("She counted 10 Downing supporters.", "10", false)]
    public void StreetNumberFilter_RejectsHouseNumbers(string text, string number, bool rejects) =>
        Assert.Equal(rejects, Rejects(new StreetNumberFilter(Lexicons), text, number));

    [Theory]
    [InlineData("Call 028 9276 for help.", "9276", true)]
    [InlineData("The Stoxx 50 -1.3% move.", "-", false)]
    [InlineData("Call 28 now for help.", "28", false)]
    public void DigitGroupFilter_RejectsDigitsRightAfterDigits(string text, string number, bool rejects) =>
        Assert.Equal(rejects, Rejects(new DigitGroupFilter(), text, number));

    [Theory]
    [InlineData("He made the top 10 this year.", "10", null, true)]
    [InlineData("He made the top 10 firms this year.", "10", "firm", false)]
    [InlineData("It entered the chart at six today.", "six", null, true)]
    [InlineData("It entered the chart at 6 today.", "6", null, false)]
    public void PositionFilter_RejectsPlacesInARanking_UnlessAUnitCounts(string text, string number, string? unit, bool rejects)
    {
        var document = HandBuilt.Text(text);
        var quantity = document.Draft(number);
        quantity.Unit = unit;
        Assert.Equal(rejects, Rejects(new PositionFilter(Lexicons), document, quantity));
    }

    [Theory]
    [InlineData("Read Section 427 before you tune to Radio 4.", "427", null, true)]
    [InlineData("Read Section 427 before you tune to Radio 4.", "4", null, true)]
    [InlineData("Most Windows 10 users upgraded.", "10", "user", false)]
    [InlineData("The index in the US 500 rose.", "500", null, false)]
    [InlineData("About 40 were hurt.", "40", null, false)]
    public void NameIdentifierFilter_RejectsDigitsNamedByACapitalisedWord(string text, string number, string? unit, bool rejects)
    {
        var document = HandBuilt.Text(text);
        var quantity = document.Draft(number);
        quantity.Unit = unit;
        Assert.Equal(rejects, Rejects(new NameIdentifierFilter(Lexicons), document, quantity));
    }

    [Theory]
    [InlineData("It is one of them.", "one", null, true)]
    [InlineData("No one came.", "one", null, true)]
    [InlineData("The firm has one factory left.", "one", "factory", false)]
    [InlineData("It has 1 of them.", "1", null, false)]
    public void PronounOneFilter_RejectsAOneThatCountsNothing(string text, string number, string? unit, bool rejects)
    {
        var document = HandBuilt.Text(text);
        var quantity = document.Draft(number);
        quantity.Unit = unit;
        Assert.Equal(rejects, Rejects(new PronounOneFilter(), document, quantity));
    }
}
