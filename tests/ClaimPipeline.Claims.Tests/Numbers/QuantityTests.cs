using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Numbers;

/// <summary>Values, units and changes of the constructions issue 6 names, on sentences written for them.</summary>
[Trait("Category", "Integration")]
public sealed class QuantityTests
{
    [Theory]
    // digits with separators and decimals, scale suffixes
    [InlineData("The agency counted 20,000 tents.", "20,000 tents", 20000, "tent")]
    [InlineData("The rate reached 4.75 points.", "4.75 points", 4.75, "point")]
    [InlineData("The sprinter won the 60m hurdles.", "60m", 60, "metre")]
    // spelled and mixed numbers
    [InlineData("Eight miners were rescued.", "Eight miners", 8, "miner")]
    [InlineData("Some twenty-one villages burned.", "twenty-one villages", 21, "village")]
    [InlineData("The fund lost 1.5 million savers.", "1.5 million savers", 1500000, "saver")]
    [InlineData("There are two and a half million cars in the city.", "two and a half million cars", 2500000, "car")]
    [InlineData("He bought a dozen eggs.", "a dozen eggs", 12, "egg")]
    [InlineData("She wrote three dozen songs.", "three dozen songs", 36, "song")]
    [InlineData("More than half of the ballots were lost.", "half", 0.5, null)]
    [InlineData("One fifth of the budget went on roads.", "One fifth", 0.2, null)]
    [InlineData("Rates rose by a quarter of a percentage point.", "a quarter of a percentage point", 0.25, "percentage point")]
    // percentages
    [InlineData("Turnout was 64.5% on the day.", "64.5%", 64.5, "percent")]
    [InlineData("Inflation is 3 per cent this year.", "3 per cent", 3, "percent")]
    [InlineData("Support slipped two percentage points.", "two percentage points", 2, "percentage point")]
    // currencies
    [InlineData("The city spent $800 million on roads.", "$800 million", 800000000, "dollar")]
    [InlineData("The firm lost \u00A33bn last year.", "\u00A33bn", 3000000000, "pound")]
    [InlineData("The grant was \u20AC20m in all.", "\u20AC20m", 20000000, "euro")]
    [InlineData("Fees came to US$5m in total.", "US$5m", 5000000, "dollar")]
    [InlineData("The bank lent 12 billion yuan to farmers.", "12 billion yuan", 12000000000, "yuan")]
    [InlineData("Tuition costs \u00A33,000 a year for most students.", "\u00A33,000 a year", 3000, "pound per year")]
    // counted nouns past their modifiers, capitalised and hyphenated units, ages
    [InlineData("They visited 43 developing countries.", "43 developing countries", 43, "country")]
    [InlineData("The show won two Golden Globes.", "two Golden Globes", 2, "golden globe")]
    [InlineData("The 47-year-old director spoke.", "47-year-old", 47, "year")]
    [InlineData("It was a 10-minute walk.", "10-minute", 10, "minute")]
    [InlineData("Mr Ortiz, 63, denied the charges.", "63", 63, "year")]
    [InlineData("He died in Lisbon at 50.", "50", 50, "year")]
    [InlineData("The network grew to 18 times its size.", "18 times", 18, "time")]
    public void Find_ValueAndUnit(string text, string claimFragment, double value, string? unit)
    {
        var claim = ClaimStages.Run(text).Single(ClaimKind.Numeric, claimFragment);
        Assert.Equal(value, claim.Quantity!.Value, 3);
        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    [InlineData("The road is 252 to 287 miles long.", 252, 287, "mile")]
    [InlineData("The crowd was between 5,000 and 8,000 people.", 5000, 8000, "people")]
    [InlineData("Growth will be between 4.7% and 4.8% next year.", 4.7, 4.8, "percent")]
    [InlineData("The work takes two to three weeks.", 2, 3, "week")]
    [InlineData("It cut its stake from 75% to 60% in May.", 60, 75, "percent")]
    public void Find_Range_IsOneQuantity_LowToHigh(string text, double low, double high, string unit)
    {
        var numbers = ClaimStages.Run(text).Claims.Where(c => c.Kind == ClaimKind.Numeric && c.Unit != "date").ToList();
        var range = Assert.Single(numbers);
        Assert.Equal(low, range.Quantity);
        Assert.Equal(high, range.QuantityHigh);
        Assert.Equal(unit, range.Unit);
    }

    [Theory]
    // qualifiers as written, with the change code they give
    [InlineData("About 300 people came.", "300", "About", "~")]
    [InlineData("Nearly 40 boats sank.", "40", "Nearly", "~")]
    [InlineData("More than 20,000 people were evacuated.", "20,000", "More than", ">")]
    [InlineData("At least 8 ships were hit.", "8", "At least", ">")]
    [InlineData("Up to 90 flights were cancelled.", "90", "Up to", "<")]
    [InlineData("It cost under $5 million to build.", "$5 million", "under", "<")]
    [InlineData("The deal is worth 7,000 dollars.", "7,000", null, "=")]
    // changes: the size of a rise or fall, whatever qualifier stands between
    [InlineData("Sales rose by 12% last year.", "12%", null, "up")]
    [InlineData("Profit fell 3% in May.", "3%", null, "down")]
    [InlineData("Shares were up 2.4% at noon.", "2.4%", null, "up")]
    [InlineData("Migration was down about 10% in 2004.", "10%", "about", "down")]
    [InlineData("They announced a 20% cut in spending.", "20%", null, "down")]
    [InlineData("Ministers agreed cuts of 9.6% for farming.", "9.6%", null, "down")]
    [InlineData("The firm reported a rise of over 40% in sales.", "40%", "over", "up")]
    [InlineData("The plant is cutting 12,000 jobs.", "12,000 jobs", null, "down")]
    [InlineData("Sales rose 2% to 8,000 cars.", "8,000 cars", null, "=")]
    [InlineData("The rate went up to 5.5% in May.", "5.5%", "up to", "=")]
    // vague quantities are lower bounds ("tens of thousands" is a range: RangeTests)
    [InlineData("Thousands of troops arrived.", "Thousands of troops", "Thousands", ">")]
    [InlineData("Hundreds of thousands of fans marched.", "Hundreds of thousands of fans", "Hundreds", ">")]
    public void Find_QualifierAndChange(string text, string claimFragment, string? qualifier, string change)
    {
        var claim = ClaimStages.Run(text).Single(ClaimKind.Numeric, claimFragment);
        Assert.Equal(qualifier, claim.Qualifier);
        Assert.Equal(change, claim.Change);
    }

    [Theory]
    [InlineData("Hundreds of thousands of fans marched.", 100000, "fan")]
    [InlineData("Millions of viewers tuned in.", 1000000, "viewer")]
    [InlineData("The aid will cost several hundred million pounds.", 100000000, "pound")]
    [InlineData("Dozens of tanks followed.", 12, "tank")]
    [InlineData("A few thousand people waited.", 1000, "people")]
    public void Find_VagueQuantity_TakesItsNumberWord(string text, double value, string unit)
    {
        var claim = Assert.Single(ClaimStages.Run(text).Claims, c => c.Kind == ClaimKind.Numeric);
        Assert.Equal(value, claim.Quantity);
        Assert.Equal(unit, claim.Unit);
        Assert.Equal(">", claim.Change);
    }

    [Fact]
    public void Find_BareCount_TakesTheUnitOfACoordinatedOne()
    {
        var document = ClaimStages.Run("The film has seven nominations while its rival has 11.");
        Assert.Equal("nomination", document.Single(ClaimKind.Numeric, "11").Unit);
    }

    [Fact]
    public void Find_ConversionInBrackets_InheritsTheQualifier()
    {
        var document = ClaimStages.Run("The firm is worth about $2.95bn (\u00A31.57bn) today.");
        Assert.Equal("~", document.Single(ClaimKind.Numeric, "\u00A31.57bn").Change);
    }

    [Fact]
    public void Find_AgeBeforeAPossessive_IsAnAge()
    {
        var quantity = ClaimStages.Run("The songs came from the 24-year-old's second album.").Single(ClaimKind.Numeric, "24");
        Assert.Equal("year", quantity.Unit);
        Assert.Equal("time", quantity.Dimension);
    }
}
