using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Numbers;

/// <summary>The time column: resolved against the publication date when there is one, else as written.</summary>
[Trait("Category", "Integration")]
public sealed class TimeExpressionTests
{
    private static readonly DateOnly Published = new(2021, 8, 24); // a Tuesday

    [Theory]
    [InlineData("More than 20,000 people left on Monday.", "20,000", "2021-08-23", "Monday")]
    [InlineData("Baradar was arrested 11 years ago.", "11 years", "2010", "11 years ago")]
    [InlineData("Sales rose 5% this year.", "5%", "2021", "this year")]
    [InlineData("Sales rose 5% last year.", "5%", "2020", "last year")]
    [InlineData("Prices fell 4% yesterday.", "4%", "2021-08-23", "yesterday")]
    [InlineData("About 300 people came on the 12th.", "300", "2021-08-12", "the 12th")]
    [InlineData("Rents rose 9% in March.", "9%", "2021-03", "March")]
    [InlineData("Some 900 shops have closed since the Taliban takeover.", "900", "since the Taliban takeover", "since the Taliban takeover")]
    [InlineData("The group sold 40 million records in 1998.", "40 million", "1998", "1998")]
    [InlineData("Crime rose 30% in the 1980s.", "30%", "1980s", "1980s")]
    public void Time_IsResolvedWhenPublished(string text, string claimFragment, string resolved, string written)
    {
        Assert.Equal(resolved, ClaimStages.Run(text, Published).Single(ClaimKind.Numeric, claimFragment).Time);
        Assert.Equal(written, ClaimStages.Run(text).Single(ClaimKind.Numeric, claimFragment).Time);
    }

    /// <summary>0001-01-01 is a Monday, 9999-12-31 a Friday: a relative time that would fall outside the calendar stays as written.</summary>
    [Theory]
    [InlineData("0001-01-01", "Prices fell 4% yesterday.", "4%", "yesterday")]
    [InlineData("0001-01-01", "More than 20,000 people left on Sunday.", "20,000", "Sunday")]
    [InlineData("0001-01-01", "Baradar was arrested 11 years ago.", "11 years", "11 years ago")]
    [InlineData("0001-01-01", "Baradar was arrested 3 days ago.", "3 days", "3 days ago")]
    [InlineData("0001-01-01", "Sales rose 5% last year.", "5%", "last year")]
    [InlineData("0001-01-01", "Sales rose 5% last month.", "5%", "last month")]
    [InlineData("0001-01-01", "Sales rose 5% last week.", "5%", "last week")]
    [InlineData("0001-01-01", "Rents rose 9% last March.", "9%", "March")]
    [InlineData("0001-01-01", "Prices fell 4% today.", "4%", "0001-01-01")]
    [InlineData("9999-12-31", "Prices will fall 4% tomorrow.", "4%", "tomorrow")]
    [InlineData("9999-12-31", "More than 20,000 people leave next Monday.", "20,000", "Monday")]
    [InlineData("9999-12-31", "Sales will rise 5% next year.", "5%", "next year")]
    [InlineData("9999-12-31", "Sales will rise 5% next month.", "5%", "next month")]
    [InlineData("9999-12-31", "Sales will rise 5% next week.", "5%", "next week")]
    [InlineData("9999-12-31", "Rents will rise 9% by next March.", "9%", "March")]
    [InlineData("9999-12-31", "Prices fell 4% yesterday.", "4%", "9999-12-30")]
    public void Time_OutsideTheCalendar_StaysAsWritten(string published, string text, string claimFragment, string expected)
    {
        var date = DateOnly.ParseExact(published, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, ClaimStages.Run(text, date).Single(ClaimKind.Numeric, claimFragment).Time);
    }

    [Fact]
    public void Date_August31_IsAnIsoDateWithTheYearOfPublication()
    {
        var claim = ClaimStages.Run("Troops leave by August 31.", Published).Single(ClaimKind.Numeric, "August 31");
        Assert.Equal("date", claim.Unit);
        Assert.Equal("2021-08-31", claim.Time);
    }

    [Fact]
    public void Place_IsTheNearestLocationAfterAPreposition()
    {
        var claim = ClaimStages.Run("More than 20,000 people were evacuated from Kabul on Monday.").Single(ClaimKind.Numeric, "20,000");
        Assert.Equal("Kabul", claim.Place);
    }
}
