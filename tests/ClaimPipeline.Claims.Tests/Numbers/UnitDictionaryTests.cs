using ClaimPipeline.Claims.Numbers;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Claims.Tests.Numbers;

/// <summary>
/// Units from the unit dictionary (issue 17; UnitsNet, quantulum3, ISO 4217, docs/units.md): one canonical name per
/// unit, its dimension, symbols matched with their case, currency signs and codes before a number.
/// </summary>
[Trait("Category", "Integration")]
public sealed class UnitDictionaryTests
{
    [Theory]
    [InlineData("The new engine produces 300 horsepower at full speed.", "300", "horsepower", "power")]
    [InlineData("The turbine is rated at 40 kW under test.", "40", "kilowatt", "power")]
    [InlineData("The chip runs at 2.4GHz in its fastest mode.", "2.4GHz", "gigahertz", "frequency")]
    [InlineData("The plant will generate 10MW from next year.", "10MW", "megawatt", "power")]
    [InlineData("The sensor draws 10mW when idle.", "10mW", "milliwatt", "power")]
    [InlineData("Each dose holds 5 ml of the vaccine.", "5", "millilitre", "volume")]
    [InlineData("The particles are 2.5 micrometres across.", "2.5", "micrometre", "length")]
    [InlineData("The screen is 65 inches wide.", "65", "inch", "length")]
    [InlineData("The motor delivers 479 pound-feet of torque.", "479", "pound-foot", "torque")]
    [InlineData("The water held 15 parts per billion of lead.", "15", "part per billion", "ratio")]
    [InlineData("He averaged 27 points per game last season.", "27", "point per game", "rate")]
    [InlineData("Shares in the group rose 3pc on Monday.", "3pc", "percent", "ratio")]
    [InlineData("The company paid 500 million ringgit for the stake.", "500 million", "ringgit", "currency")]
    [InlineData("The deal was worth RM 50 million in cash.", "50", "ringgit", "currency")]
    [InlineData("Tickets cost NIS 300 for the final.", "300", "shekel", "currency")]
    [InlineData("The fine was 2 million shekels after the appeal.", "2 million", "shekel", "currency")]
    [InlineData("He carried a 20 lb bag up the hill.", "20", "pound", "mass")]
    [InlineData("He paid \u00A320 for the ticket.", "20", "pound", "currency")]
    [InlineData("The probe measured 16.25 nanometers on the first pass.", "16.25", "nanometre", "length")]
    [InlineData("The island covers 301,338 km2 in all.", "301,338", "square kilometre", "area")]
    [InlineData("It was 98.6 degrees Fahrenheit in the shade.", "98.6", "fahrenheit", "temperature")]
    [InlineData("Forecasters expect 20 degrees C tomorrow.", "20", "celsius", "temperature")]
    [InlineData("Cleaners are paid $15.4/hour at the site.", "15.4", "dollar per hour", "currency per time")]
    [InlineData("Gallium sold for $350 per kg last year.", "350", "dollar per kilogram", "currency per mass")]
    [InlineData("The firm sells 3 million handsets monthly in Asia.", "3 million", "handset per month", "count per time")]
    [InlineData("Aid reached 150,000 Egyptian pounds by May.", "150,000", "pound", "currency")]
    [InlineData("Entry cost 30CUP at the gate.", "30CUP", "peso", "currency")]
    [InlineData("The fee is 5,000 colones a month in San Jos\u00E9.", "5,000", "col\u00F3n per month", "currency per time")]
    [InlineData("Rates went up by four percent points in a year.", "four", "percentage point", "ratio")]
    [InlineData("The navy bought seven Kilo Class submarines.", "seven", "submarine", "count")]
    [InlineData("Twelve MPs voted against the bill.", "Twelve", "mp", "count")]
    public void Find_UnitFromTheDictionary_HasItsCanonicalNameAndDimension(string text, string fragment, string unit, string dimension)
    {
        var quantity = ClaimStages.Run(text).Single(ClaimKind.Numeric, fragment);
        Assert.Equal(unit, quantity.Unit);
        Assert.Equal(dimension, quantity.Dimension);
    }

    [Theory]
    [InlineData("The trains arrive at 5 in the morning on weekdays.", "5")]
    [InlineData("Three of the 10 at the meeting voted against.", "10")]
    [InlineData("The course is called \"English 101\" this year.", "101")]
    public void Find_FunctionWordThatIsAlsoASymbol_IsNoUnitWhenSetApart(string text, string fragment)
    {
        var quantity = ClaimStages.Run(text).Claims.Where(c => c.Kind == ClaimKind.Numeric)
            .SingleOrDefault(c => text[c.Start..c.End].StartsWith(fragment, StringComparison.Ordinal) && c.Unit != "date");
        Assert.True(quantity is null || quantity.Unit is not ("inch" or "technical atmosphere"), $"unit {quantity?.Unit}");
    }

    [Theory]
    [InlineData("Vodafone launched its 3G phones in November.", "3G")]
    [InlineData("The studio sells 4K screens to cinemas.", "4K")]
    public void Find_OneLetterThatNamesAGeneration_IsNoUnit(string text, string token)
    {
        var quantity = ClaimStages.Run(text).Claims.SingleOrDefault(c => c.Kind == ClaimKind.Numeric && text[c.Start..c.End].Contains(token, StringComparison.Ordinal));
        Assert.True(quantity is null || quantity.Unit is not ("gauss" or "kelvin"), $"unit {quantity?.Unit}");
    }

    [Fact]
    public void Find_WageRate_IsCurrencyPerTime_NotTheMassFlowOfTheSameName()
    {
        var quantity = ClaimStages.Run("Adults must be paid at least \u00A35.05 an hour from October.").Single(ClaimKind.Numeric, "5.05");
        Assert.Equal("pound per hour", quantity.Unit);
        Assert.Equal("currency per time", quantity.Dimension);
    }

    [Fact]
    public void Find_TimeUnitBeforeEarlier_IsNoRate()
    {
        var quantity = ClaimStages.Run("Exports grew 3.8% a year earlier, the ministry said.").Single(ClaimKind.Numeric, "3.8");
        Assert.Equal("percent", quantity.Unit);
    }

    [Fact]
    public void Find_CountedNoun_IsACount()
    {
        var quantity = ClaimStages.Run("Police said 43 protesters were arrested.").Single(ClaimKind.Numeric, "43");
        Assert.Equal("protester", quantity.Unit);
        Assert.Equal("count", quantity.Dimension);
    }

    [Fact]
    public void Find_Rate_JoinsTheDimensionsOfItsParts()
    {
        var quantity = ClaimStages.Run("Tuition costs \u00A33,000 a year at the college.").Single(ClaimKind.Numeric, "3,000");
        Assert.Equal("pound per year", quantity.Unit);
        Assert.Equal("currency per time", quantity.Dimension);
    }

    [Fact]
    public void UnitDictionary_NamesEachSurfaceOnce()
    {
        var entries = UnitDictionary.Load(RepoPaths.Lexicon("unit-dictionary.tsv"));
        Assert.True(entries.Count > 3000, $"{entries.Count} entries");
        var repeated = entries
            .GroupBy(e => (e.Form == UnitSurfaceForm.Word ? e.Surface.ToLowerInvariant() : e.Surface, e.Form))
            .Where(g => g.Count() > 1).Select(g => g.Key.Item1).ToList();
        Assert.Empty(repeated);
        Assert.All(entries, e => Assert.Equal(e.Unit.ToLowerInvariant(), e.Unit));
    }
}
