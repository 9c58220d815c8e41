using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Numbers;

[Trait("Category", "Integration")]
public sealed class NumberFinderTests
{
    [Theory]
    [InlineData("More than 20,000 people were evacuated.", "More than 20,000 people", 20000, "people", "More than")]
    [InlineData("He spent eight years in prison.", "eight years", 8, "year", null)]
    [InlineData("Some twenty-one villages burned.", "Some twenty-one villages", 21, "village", "Some")]
    [InlineData("The fund holds 1.5 million dollars.", "1.5 million dollars", 1500000, "dollar", null)]
    [InlineData("The city spent $800 million on roads.", "$800 million", 800000000, "dollar", null)]
    [InlineData("Turnout rose to nearly 64.5% this time.", "nearly 64.5%", 64.5, "percent", "nearly")]
    [InlineData("The firm lost \u00A33bn last year.", "\u00A33bn", 3000000000, "pound", null)]
    public void Find_QuantityValueUnitAndQualifier(string text, string claimText, double value, string unit, string? qualifier)
    {
        var document = ClaimStages.Run(text);
        var claim = document.Single(ClaimKind.Numeric, claimText);
        Assert.Equal(claimText, document.Text(claim));
        Assert.Equal(value, claim.Quantity);
        Assert.Equal(unit, claim.Unit);
        Assert.Equal(qualifier, claim.Qualifier);
    }

    [Fact]
    public void Find_YearsAfterPrepositions_AreDates()
    {
        var document = ClaimStages.Run("He was arrested in 2010 and died in 2013.");
        var arrested = document.Single(ClaimKind.Numeric, "2010");
        Assert.Equal("date", arrested.Unit);
        Assert.Equal(2010, arrested.Quantity);
        Assert.Equal("arrested", arrested.Predicate);
        Assert.Equal("died", document.Single(ClaimKind.Numeric, "2013").Predicate);
    }

    [Fact]
    public void Find_YearsAgo_ResolvesAgainstThePublicationDate()
    {
        var text = "Baradar, who was arrested 11 years ago, spoke. More than 20,000 people left on Monday.";
        var written = ClaimStages.Run(text);
        Assert.Equal("11 years ago", written.Single(ClaimKind.Numeric, "11 years").Time);
        Assert.Equal("Monday", written.Single(ClaimKind.Numeric, "20,000").Time);

        var resolved = ClaimStages.Run(text, new DateOnly(2021, 8, 24));
        Assert.Equal("2010", resolved.Single(ClaimKind.Numeric, "11 years").Time);
        Assert.Equal("2021-08-23", resolved.Single(ClaimKind.Numeric, "20,000").Time);
    }

    [Fact]
    public void Find_MonthDay_IsADateRow()
    {
        var claim = ClaimStages.Run("The deadline is August 31 for all troops.").Single(ClaimKind.Numeric, "August 31");
        Assert.Equal("date", claim.Unit);
        Assert.Equal(31, claim.Quantity);
        var dated = ClaimStages.Run("The deadline is August 31, 2021 for all.").Single(ClaimKind.Numeric, "August 31, 2021");
        Assert.Equal("2021-08-31", dated.Time);
    }

    [Fact]
    public void Find_OrdinalsIdentifiersAndClockTimes_AreNotQuantities()
    {
        var document = ClaimStages.Run("We have until the 31st. Read Section 427 at 3:30 today. It is one of the best.");
        Assert.DoesNotContain(document.Claims, c => c.Kind == ClaimKind.Numeric);
    }

    [Fact]
    public void Find_VagueGroup_ThousandsOf()
    {
        var claim = ClaimStages.Run("The thousands of troops stayed.").Single(ClaimKind.Numeric, "thousands of troops");
        Assert.Equal("thousands", claim.Qualifier);
        Assert.Equal("troop", claim.Unit);
        Assert.Equal(">", claim.Change);
    }

    [Fact]
    public void Find_NumberInsideAQuote_CarriesTheSpeaker()
    {
        var document = ClaimStages.Run("\u201CWe moved 5,000 people out,\u201D Ana Ruiz said.");
        Assert.Equal("Ana Ruiz", document.Single(ClaimKind.Numeric, "5,000").Speaker);
    }

    [Fact]
    public void Find_InATextThatNeverEndsASentence_EachQuantityTakesItsOwnNearbyPlaceAndUnit()
    {
        // Scraped text without full stops is one "sentence": context is looked for near each quantity, not across it.
        var text = string.Concat(Enumerable.Range(0, 300).Select(i => i % 2 == 0
            ? "officials in Paris moved 5,000 people and "
            : "officials in Rome moved 7,000 cars and "));
        var document = ClaimStages.Run(text);
        Assert.Single(document.Sentences);
        var numbers = document.Claims.Where(c => c.Kind == ClaimKind.Numeric).ToList();
        Assert.Equal(300, numbers.Count);
        Assert.All(numbers, n => Assert.Equal(n.Quantity == 5000 ? "Paris" : "Rome", n.Place));
        Assert.All(numbers, n => Assert.Equal(n.Quantity == 5000 ? "people" : "car", n.Unit));
    }
}
