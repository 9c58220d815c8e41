using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Numbers;

/// <summary>
/// A date or year is a row only when its sentence asserts it (an event's date, a deadline); any other date, and
/// every decade, is only the time of the claims it dates (decision 66).
/// </summary>
[Trait("Category", "Integration")]
public sealed class AssertedDateTests
{
    private static List<Claim> DateRows(Document document) =>
        document.Claims.Where(c => c.Kind == ClaimKind.Numeric && c.Unit == "date").ToList();

    [Theory]
    [InlineData("The minister was arrested in 2010.", "2010")]
    [InlineData("The old bridge collapsed on 3 March 2004.", "3 March 2004")]
    [InlineData("The owner finally sold the club in March 2002.", "2002")]
    [InlineData("The vote is on 6 January.", "6 January")]
    [InlineData("Troops must leave before the August 31 deadline.", "August 31")]
    [InlineData("The report is due on 5 May.", "5 May")]
    [InlineData("The firm hopes to finish the work by 2007.", "2007")]
    [InlineData("Kabul held out for months but fell to rebels after the army withdrew in 1992.", "1992")]
    public void AssertedDate_IsARow(string text, string date)
    {
        var row = Assert.Single(DateRows(ClaimStages.Run(text)));
        Assert.Contains(date, text[row.Start..row.End], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Music changed a lot in the late 1990s.")]
    [InlineData("The 2005 budget was approved without a vote.")]
    [InlineData("Energy was 2018's best performing sector.")]
    [InlineData("Sales were strong in 2004.")]
    [InlineData("The players met at Euro 2004 in Lisbon.")]
    public void DateThatAssertsNothing_IsNoRow(string text) => Assert.Empty(DateRows(ClaimStages.Run(text)));

    [Theory]
    [InlineData("Sales rose 5% in 2004.", "5%", "2004")]
    [InlineData("On 14 May, the firm cut 300 jobs.", "300 jobs", "14 May")]
    [InlineData("In 2004, imports from China and Japan added up to 22bn yen.", "22bn yen", "2004")]
    [InlineData("Kewell, 26, hopes to be fit for the tie on 22 February.", "26", "22 February")]
    [InlineData("Growth was slow in the 1980s, at about 2% a year.", "2%", "1980s")]
    public void DateOfAQuantity_IsItsTimeNotARow(string text, string quantity, string time)
    {
        var document = ClaimStages.Run(text);
        Assert.Empty(DateRows(document));
        Assert.Equal(time, document.Single(ClaimKind.Numeric, quantity).Time);
    }

    [Fact]
    public void DateOfAQuantity_IsResolvedWithThePublicationDate()
    {
        var document = ClaimStages.Run("On 14 May, the firm cut 300 jobs.", new DateOnly(2021, 8, 24));
        Assert.Empty(DateRows(document));
        Assert.Equal("2021-05-14", document.Single(ClaimKind.Numeric, "300 jobs").Time);
    }

    [Fact]
    public void DateInAQuote_IsTheQuotesTime()
    {
        var document = ClaimStages.Run("\u201CWe moved the whole family to Leeds in 2010,\u201D Ana Ruiz said.");
        Assert.Empty(DateRows(document));
        Assert.Equal("2010", document.Single(ClaimKind.Quote, "Leeds").Time);
    }

    [Fact]
    public void EventDateInAnotherClause_IsARowBesideTheQuantity()
    {
        var document = ClaimStages.Run("He spent 8 years in prison after being arrested in 2010.");
        Assert.Equal(2010, Assert.Single(DateRows(document)).Quantity);
        Assert.Equal(8, document.Single(ClaimKind.Numeric, "8 years").Quantity);
    }
}
