using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Numbers;

/// <summary>
/// Minus signs (issue 15): a hyphen-minus, U+2212 or an en dash right before digits, and "minus", make the number
/// negative; dashes inside words, dates, scores and ranges do not. A negative percentage is the size of a fall.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SignedQuantityTests
{
    [Theory]
    [InlineData("Temperatures fell to -5C overnight in Moscow.", "-5C", -5, "=")]
    [InlineData("It was \u22125\u00B0C in Oslo at dawn.", "\u22125\u00B0C", -5, "=")]
    [InlineData("The wind chill takes temperatures down to minus 20 degrees.", "minus 20 degrees", -20, "=")]
    [InlineData("Forecasters expect minus five degrees tonight.", "minus five degrees", -5, "=")]
    [InlineData("The Stoxx 50 -1.3% at the close.", "-1.3%", -1.3, "down")]
    [InlineData("Like-for-like sales showed a growth rate of -0.1% in January.", "-0.1%", -0.1, "down")]
    [InlineData("The index closed at 4,500 (-1.2%) on Friday.", "-1.2%", -1.2, "down")]
    [InlineData("The economy grew by \u20130.4% in the quarter.", "\u20130.4%", -0.4, "down")]
    [InlineData("Inflation stood at -0.5% in May.", "-0.5%", -0.5, "=")]
    [InlineData("The fund's balance was -\u00A33bn at the end of the year.", "-\u00A33bn", -3000000000, "=")]
    public void Find_SignedNumber_IsNegative(string text, string claim, double value, string change)
    {
        var quantity = ClaimStages.Run(text).Single(ClaimKind.Numeric, claim);
        Assert.Equal(claim, text[quantity.Start..quantity.End]);
        Assert.Equal(value, quantity.Quantity!.Value, 6);
        Assert.Equal(change, quantity.Change);
    }

    [Fact]
    public void Find_IndexNameBeforeASignedPercentage_IsNeitherARangeNorAQuantity()
    {
        // The old reading was one range "50 -1.3%" from 1.3 to 50.
        var numbers = ClaimStages.Run("The Stoxx 50 -1.3% at the close.").Claims.Where(c => c.Kind == ClaimKind.Numeric).ToList();
        var only = Assert.Single(numbers);
        Assert.Equal(-1.3, only.Quantity!.Value, 6);
        Assert.Null(only.QuantityHigh);
    }

    [Theory]
    [InlineData("Temperatures ranged from -10C to -5C in the north.", -10, -5)]
    [InlineData("The balance fell from minus 10 to \u20133 points.", -10, -3)]
    public void Find_RangeOfSignedNumbers_KeepsBothSigns(string text, double low, double high)
    {
        var range = Assert.Single(ClaimStages.Run(text).Claims, c => c.Kind == ClaimKind.Numeric && c.Unit != "date");
        Assert.Equal(low, range.Quantity);
        Assert.Equal(high, range.QuantityHigh);
    }

    [Theory]
    [InlineData("New Covid-19 and COVID-19 cases were found.")]
    [InlineData("Two F-16 jets flew over the MH-17 crash site.")]
    [InlineData("United won the match 3-1 at home.")]
    [InlineData("The report was published on 2021-08-24 in Kabul.")]
    [InlineData("They sold 5-10 cars a day.")]
    [InlineData("They sold 2000 - 2500 cars a year.")]
    [InlineData("Growth will be 4.7%-4.8% next year.")]
    [InlineData("The years 2000\u20132005 were hard.")]
    [InlineData("Things to know:\n- 5 ministers resigned.")]
    [InlineData("The poll has a margin of plus or minus 3 percentage points.")]
    [InlineData("Ten minus 3 is 7.")]
    public void Find_DashOrMinusThatIsNoSign_GivesNoNegativeNumber(string text)
    {
        var document = ClaimStages.Run(text);
        Assert.DoesNotContain(document.Claims, c => c.Kind == ClaimKind.Numeric && (c.Quantity < 0 || c.QuantityHigh < 0));
    }

    [Fact]
    public void Find_ManyMinusWordsInARow_TheLastSignsTheNumber_WithoutRecursion()
    {
        // The sign reader reads the number after it without looking for another sign, so a run of signs cannot
        // overflow the stack.
        var text = string.Concat(Enumerable.Repeat("minus ", 20000)) + "5 degrees.";
        var quantity = ClaimStages.Run(text).Single(ClaimKind.Numeric, "5 degrees");
        Assert.Equal(-5, quantity.Quantity);
    }
}
