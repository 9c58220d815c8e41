using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Numbers;

/// <summary>
/// Ranges, fractions and vague magnitudes as general constructions (issue 17), on sentences written for them: a range
/// is one claim from its lower to its upper end; scores, spans of years and dates are no range.
/// </summary>
[Trait("Category", "Integration")]
public sealed class RangeTests
{
    private static List<Claim> Quantities(string text) =>
        ClaimStages.Run(text).Claims.Where(c => c.Kind == ClaimKind.Numeric && c.Unit != "date").ToList();

    [Theory]
    // "between" opening the sentence, as in its middle
    [InlineData("Between 5 and 10 people were hurt in the crash.", 5, 10, "people")]
    [InlineData("Between 2000 and 3000 people marched through the city.", 2000, 3000, "people")]
    // a dash inside one token, with a scale or a unit after the upper end
    [InlineData("Each trip costs 5-10 dollars.", 5, 10, "dollar")]
    [InlineData("The firm hired 20-30 engineers last month.", 20, 30, "engineer")]
    [InlineData("Some 5-10 million viewers watched the final.", 5e6, 1e7, "viewer")]
    [InlineData("The state sold 2-3bn euros of bonds.", 2e9, 3e9, "euro")]
    [InlineData("Children aged 12-15 were tested.", 12, 15, "year")]
    [InlineData("Men aged between 18 and 25 were called up.", 18, 25, "year")]
    // a spaced dash after a four-digit number that is no year, and a suspended hyphen
    [InlineData("The farm ships 1000 - 5000 boxes a week.", 1000, 5000, "box per week")]
    [InlineData("Nurses work 8- to 10-hour shifts.", 8, 10, "hour")]
    // a scale written once, after the upper end
    [InlineData("The club needs 1 to 2 thousand members.", 1000, 2000, "member")]
    // alternatives of one unit after a slash
    [InlineData("Tickets cost $7/$9 at the door.", 7, 9, "dollar")]
    // "tens of" a scale word: up to the next power of ten (decision 63)
    [InlineData("Tens of millions of viewers watched the final.", 1e7, 1e8, "viewer")]
    public void Find_Range_IsOneQuantity(string text, double low, double high, string unit)
    {
        var range = Assert.Single(Quantities(text));
        Assert.Equal(low, range.Quantity);
        Assert.Equal(high, range.QuantityHigh);
        Assert.Equal(unit, range.Unit);
    }

    [Theory]
    // forms read as ranges before issue 17, kept
    [InlineData("From 240 to 273 staff were hired.", 240, 273, "staff")]
    [InlineData("Tickets cost $7-$9 each.", 7, 9, "dollar")]
    [InlineData("Fees of 5%-10% apply to loans.", 5, 10, "percent")]
    [InlineData("The project lasts 10\u201315 years.", 10, 15, "year")]
    [InlineData("Rates of 5 to 10% were charged.", 5, 10, "percent")]
    [InlineData("The bank lent $1bn-$2bn to farmers.", 1e9, 2e9, "dollar")]
    [InlineData("Places for 3 to 14 year-olds are free.", 3, 14, "year")]
    public void Find_RangeReadBefore_IsStillOneQuantity(string text, double low, double high, string unit)
    {
        var range = Assert.Single(Quantities(text));
        Assert.Equal(low, range.Quantity);
        Assert.Equal(high, range.QuantityHigh);
        Assert.Equal(unit, range.Unit);
    }

    [Fact]
    public void Find_TensOfThousands_IsARangeNotABound()
    {
        var range = Assert.Single(Quantities("Tens of thousands of fans came."));
        Assert.Equal(10000, range.Quantity);
        Assert.Equal(100000, range.QuantityHigh);
        Assert.Equal("fan", range.Unit);
        Assert.Equal("=", range.Change);
    }

    [Theory]
    [InlineData("Thousands of troops were sent.", 1000, "troop")]
    [InlineData("Hundreds of miles of road were built.", 100, "mile")]
    public void Find_OtherVagueGroups_StayLowerBounds(string text, double value, string unit)
    {
        var group = Assert.Single(Quantities(text));
        Assert.Equal(value, group.Quantity);
        Assert.Null(group.QuantityHigh);
        Assert.Equal(unit, group.Unit);
        Assert.Equal(">", group.Change);
    }

    [Theory]
    [InlineData("Chelsea won 2-1 on Sunday.")]
    [InlineData("The final ended 6-7 (2-7) after an hour.")]
    [InlineData("The budget for 2007-2013 was agreed.")]
    [InlineData("The 2007-2013 budgets were agreed.")]
    [InlineData("The festival runs 26-28 August.")]
    [InlineData("They lost in the 2004-05 season.")]
    [InlineData("They played a 4-3-3 formation.")]
    public void ScoresYearsAndDates_AreNoRanges(string text) => Assert.Empty(Quantities(text));

    [Theory]
    [InlineData("Two-thirds of voters backed the plan.", 0.6667)]
    [InlineData("One-fifth of homes have no heating.", 0.2)]
    [InlineData("A fifth of the staff left.", 0.2)]
    [InlineData("Two fifths of the staff left.", 0.4)]
    [InlineData("He ate 1/3 of the cake.", 0.3333)]
    [InlineData("Three quarters of firms agreed.", 0.75)]
    [InlineData("Half of the votes were counted.", 0.5)]
    public void Find_Fraction_IsItsValueWithoutUnit(string text, double value)
    {
        var fraction = Assert.Single(Quantities(text));
        Assert.Equal(value, fraction.Quantity!.Value, 3);
        Assert.Null(fraction.Unit);
    }

    [Theory]
    [InlineData("The shop is open 24/7 all year.")]
    [InlineData("Rugby's three-quarter line was strong.")]
    [InlineData("She won a fifth title.")]
    public void SlashesAndOrdinals_AreNoFractions(string text) => Assert.DoesNotContain(Quantities(text), c => c.Quantity < 1);

    [Fact]
    public void Find_RatioAndReversedFromTo_AreTwoQuantities()
    {
        var ratio = Quantities("One in five children is poor.");
        Assert.Equal([1.0, 5.0], ratio.Select(c => c.Quantity!.Value));
        Assert.All(ratio, c => Assert.Null(c.QuantityHigh));
        var levels = Quantities("Prices rose to 273 from 240.");
        Assert.Equal([273.0, 240.0], levels.Select(c => c.Quantity!.Value));
        Assert.All(levels, c => Assert.Null(c.QuantityHigh));
    }
}
