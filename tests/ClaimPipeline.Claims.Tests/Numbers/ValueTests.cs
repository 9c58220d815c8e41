using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Numbers;

/// <summary>
/// Values as world news writes them (issue 17): Indian scale words, scale words joined by hyphens, "half a million",
/// currency codes joined to their digits, thousands set apart by spaces, mixed fractions, and values exact in decimal.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ValueTests
{
    [Theory]
    // lakh and crore, singular and plural
    [InlineData("The court ordered a fine of Rs 5 lakh for each offence.", "Rs 5 lakh", 500000, "rupee")]
    [InlineData("The state set aside \u20B921 crore for the new dam.", "\u20B921 crore", 210000000, "rupee")]
    [InlineData("The budget rose to more than \u20B970 lakhs last year.", "\u20B970 lakhs", 7000000, "rupee")]
    [InlineData("Some 1.5 lakh people attended the rally.", "1.5 lakh people", 150000, "people")]
    [InlineData("The scheme will cost 600 crores over ten years.", "600 crores", 6000000000, null)]
    // a scale word joined by a hyphen is a scale, not the unit
    [InlineData("The club paid $82-million for the stadium.", "$82-million", 82000000, "dollar")]
    [InlineData("They signed a 30-million-dollar deal with the city.", "30-million-dollar", 30000000, "dollar")]
    [InlineData("About 14-thousand workers joined the strike.", "14-thousand workers", 14000, "worker")]
    // half of a scale word is a number
    [InlineData("Fires burned half a million hectares of forest.", "half a million hectares", 500000, "hectare")]
    [InlineData("The city borrowed half a billion dollars.", "half a billion dollars", 500000000, "dollar")]
    [InlineData("Half a dozen ships were lost at sea.", "Half a dozen ships", 6, "ship")]
    [InlineData("The town has a million and a half residents.", "a million and a half residents", 1500000, "resident")]
    [InlineData("Officials counted one billion and a half million votes.", "one billion and a half million votes", 1000500000, "vote")]
    // "and" joins a smaller part to hundreds or a scale
    [InlineData("A hundred and two people were rescued.", "A hundred and two people", 102, "people")]
    [InlineData("The city has two hundred and fifty thousand residents.", "two hundred and fifty thousand residents", 250000, "resident")]
    [InlineData("The club sold two thousand and ten shirts.", "two thousand and ten shirts", 2010, "shirt")]
    // products exact in decimal
    [InlineData("The deal is worth 4.1 billion shekels.", "4.1 billion shekels", 4100000000, "shekel")]
    [InlineData("The bank raised $2.07 billion in bonds.", "$2.07 billion", 2070000000, "dollar")]
    [InlineData("The port handled 264.1 million tonnes.", "264.1 million tonnes", 264100000, "tonne")]
    // currency codes joined to their digits, with scale suffixes and a decimal comma
    [InlineData("The state spent RM7.8 million on schools.", "RM7.8 million", 7800000, "ringgit")]
    [InlineData("The firm paid USD160,300 in fines.", "USD160,300", 160300, "dollar")]
    [InlineData("The mine earned GHS6.2billion last year.", "GHS6.2billion", 6200000000, "cedi")]
    [InlineData("The plan costs RM750mil in all.", "RM750mil", 750000000, "ringgit")]
    [InlineData("The fund invested RM1bil in the region.", "RM1bil", 1000000000, "ringgit")]
    [InlineData("Sales reached ZAR2,6 million in May.", "ZAR2,6 million", 2600000, "rand")]
    [InlineData("Tickets cost Rs500 each.", "Rs500", 500, "rupee")]
    [InlineData("The state borrowed N200 billion from banks.", "N200 billion", 200000000000, "naira")]
    [InlineData("Treasury committed R21.9 billion to the utility.", "R21.9 billion", 21900000000, "rand")]
    [InlineData("Suppliers were paid N$2,25 billion in the year.", "N$2,25 billion", 2250000000, "dollar")]
    [InlineData("The bridge will cost LE 22 billion.", "LE 22 billion", 22000000000, "pound")]
    [InlineData("The hospital needs Tk 500 crore.", "Tk 500 crore", 5000000000, "taka")]
    // thousands set apart by a space (a no-break and a narrow no-break space fold to one)
    [InlineData("An estimated 160 000 people fled the region.", "160 000 people", 160000, "people")]
    [InlineData("An estimated 160\u00A0000 people fled the region.", "160\u00A0000 people", 160000, "people")]
    [InlineData("The census counted 1\u202F414\u202F021 voters.", "1\u202F414\u202F021 voters", 1414021, "voter")]
    [InlineData("He earned about N$100 000 last year.", "N$100 000", 100000, "dollar")]
    // a whole number and a fraction
    [InlineData("She served more than 3\u00BD years in prison.", "3\u00BD years", 3.5, "year")]
    [InlineData("The pipe is 7\u00BE inches wide.", "7\u00BE inches", 7.75, "inch")]
    [InlineData("The rod is 2 1/2 inches long.", "2 1/2 inches", 2.5, "inch")]
    public void Find_ValueAsWritten(string text, string claimFragment, double value, string? unit)
    {
        var claim = ClaimStages.Run(text).Single(ClaimKind.Numeric, claimFragment);
        Assert.Equal(value, claim.Quantity!.Value);
        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    [InlineData("Close to half the savings accounts were empty.")]
    [InlineData("The mayor has skipped half the votes this year.")]
    public void Find_HalfBeforeADeterminer_IsAFractionOfAWhole(string text)
    {
        var claim = ClaimStages.Run(text).Single(ClaimKind.Numeric, "half");
        Assert.Equal(0.5, claim.Quantity);
    }

    [Theory]
    // "and" between two units, or two units side by side, are two numbers, not their sum
    [InlineData("He was convicted on four and six counts of fraud.", 4, 10)]
    [InlineData("They ran eight and fifteen kilometers on two days.", 8, 23)]
    [InlineData("He hit three fours and one six in the last over.", 6, 7)]
    public void Find_CoordinatedUnits_AreNotSummed(string text, double expected, double sum)
    {
        var values = ClaimStages.Run(text).Claims.Where(c => c.Kind == ClaimKind.Numeric).Select(c => c.Quantity).ToList();
        Assert.Contains(expected, values);
        Assert.DoesNotContain(sum, values);
    }

    [Theory]
    [InlineData("Deficits must be judged over a longer period than one year.", "one year", ">")]
    [InlineData("The party has never won more seats than 300 in an election.", "300", ">")]
    [InlineData("Schools with fewer pupils than 50 will close.", "50", "<")]
    public void Find_ComparativeWithANounBeforeThan_BoundsTheQuantity(string text, string claim, string bound)
    {
        var quantity = ClaimStages.Run(text).Single(ClaimKind.Numeric, claim);
        Assert.Equal(bound, quantity.Change);
    }

    [Theory]
    [InlineData("Rangers counted some 1500 elephants in the park.", "1500", "elephant")]
    [InlineData("Builders finished 1065 villas on the coast.", "1065", "villa")]
    [InlineData("Two Israelis were killed on Monday.", "Two", "israeli")]
    [InlineData("Kuwait will lend more than KD 150 million to the port.", "150", "dinar")]
    public void Find_CountThatLookedLikeAYearOrAName_IsACount(string text, string fragment, string unit)
    {
        var quantity = ClaimStages.Run(text).Single(ClaimKind.Numeric, fragment);
        Assert.Equal(unit, quantity.Unit);
    }

    [Theory]
    [InlineData("Voters in 2004 elections backed him.", "2004")]
    [InlineData("He said the 2005 elections were close.", "2005")]
    public void Find_YearBeforeAPluralNoun_IsNoCount(string text, string year)
    {
        var numbers = ClaimStages.Run(text).Claims.Where(c => c.Kind == ClaimKind.Numeric && text[c.Start..c.End].Contains(year, StringComparison.Ordinal));
        Assert.All(numbers, c => Assert.Equal("date", c.Unit));
    }

    [Fact]
    public void Find_CountAfterAnd_IsAQuantityOfItsOwn()
    {
        var counts = ClaimStages.Run("He was convicted on four and six counts of fraud.").Claims
            .Where(c => c.Kind == ClaimKind.Numeric).Select(c => (c.Quantity, c.Unit)).ToList();
        Assert.Equal([(4.0, "count"), (6.0, "count")], counts);
    }

    [Theory]
    // "between" and two spelled numbers is a range, not their sum, whose unit is the second number's
    [InlineData("The asteroid is between eight and fifteen kilometers wide.", 8, 15, "kilometre")]
    [InlineData("The work takes between two and three weeks.", 2, 3, "week")]
    public void Find_BetweenSpelledNumbers_IsARange(string text, double low, double high, string unit)
    {
        var range = Assert.Single(ClaimStages.Run(text).Claims, c => c.Kind == ClaimKind.Numeric);
        Assert.Equal(low, range.Quantity);
        Assert.Equal(high, range.QuantityHigh);
        Assert.Equal(unit, range.Unit);
    }

    [Theory]
    // a four-digit head is a year, and a group followed by more digits is a code, not one number
    [InlineData("In 2004 100 people died in the floods.", 2004100)]
    [InlineData("Call the line on 1 000 5 for help.", 10005)]
    // a code of one letter joined to a bare number is a name or a model
    [InlineData("The N95 masks ran out in May.", 95)]
    // a code joined to a small bare number is a model
    [InlineData("The SR71 flew over the base.", 71)]
    public void Find_DigitsThatAreNoAmount_AreNotJoined(string text, double wrong)
    {
        var values = ClaimStages.Run(text).Claims.Where(c => c.Kind == ClaimKind.Numeric).Select(c => c.Quantity).ToList();
        Assert.DoesNotContain(wrong, values);
    }
}
