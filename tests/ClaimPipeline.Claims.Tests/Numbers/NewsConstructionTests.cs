using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Numbers;

/// <summary>
/// Constructions of world news that the numbers stage misread (issue 17, round 2): list markers, codes joined to
/// digits, idioms with "one", units carried onto numbers with their own noun, ages, capitalised counts that open a
/// clause, date fragments and currency codes that name a conference.
/// </summary>
[Trait("Category", "Integration")]
public sealed class NewsConstructionTests
{
    private static List<Claim> Quantities(string text) =>
        ClaimStages.Run(text).Claims.Where(c => c.Kind == ClaimKind.Numeric && c.Unit != "date").ToList();

    [Theory]
    [InlineData("The council set out its plan.\n\n2.\n\nIt will cut costs by 5%.")]
    [InlineData("The council set out its plan.\n\n(4)\n\nIt will cut costs by 5%.")]
    [InlineData("The council set out its plan.\n\n17\n\nIt will cut costs by 5%.")]
    public void ListMarker_IsNoQuantity(string text)
    {
        var claim = Assert.Single(Quantities(text));
        Assert.Equal("percent", claim.Unit);
    }

    [Theory]
    [InlineData("The trials of the 11J protesters were rushed.")]
    [InlineData("Read Appendix 2A and Section 153A first.")]
    [InlineData("They showed a 3D film about 5G masts.")]
    [InlineData("Output grew again in 4Q2022.")]
    [InlineData("He swam in the 4x100m relay.")]
    [InlineData("The fair opened on 21July in Accra.")]
    public void DigitsJoinedToLettersThatAreNoUnit_AreIdentifiers(string text) => Assert.Empty(Quantities(text));

    [Theory]
    [InlineData("She ran 5km in the heat.", "5km", "kilometre")]
    [InlineData("The phone has a 512MB card.", "512MB", "megabyte")]
    [InlineData("He won the 10,000m race.", "10,000m", "metre")]
    [InlineData("He is a 47-year-old teacher.", "47-year-old", "year")]
    public void DigitsJoinedToAUnit_StillCount(string text, string fragment, string unit) =>
        Assert.Equal(unit, ClaimStages.Run(text).Single(ClaimKind.Numeric, fragment).Unit);

    [Theory]
    [InlineData("One day, I sat and asked why.")]
    [InlineData("She hopes that one day he will return.")]
    [InlineData("At one point the crowd ran towards the gate.")]
    [InlineData("On the one hand it is cheap.")]
    [InlineData("It was a one-off payment.")]
    [InlineData("It was a one-sided match.")]
    [InlineData("The one-time champion retired.")]
    [InlineData("They planned a two-pronged attack.")]
    [InlineData("A two-wheeler procession passed by.")]
    public void IdiomsWithNumberWords_AreNoQuantities(string text) => Assert.Empty(Quantities(text));

    [Theory]
    [InlineData("It took one day to finish the job.", "one day", "day")]
    [InlineData("One day later, the talks resumed.", "One day", "day")]
    [InlineData("The two-time champion retired.", "two-time", "time")]
    [InlineData("It was a three-party contest.", "three-party", "party")]
    [InlineData("It was a 10-minute outing.", "10-minute", "minute")]
    public void NumberWordsThatCount_StillCount(string text, string fragment, string unit) =>
        Assert.Equal(unit, ClaimStages.Run(text).Single(ClaimKind.Numeric, fragment).Unit);

    [Theory]
    [InlineData("The 12,000 man force and 300 Americans landed.", "12,000")]
    [InlineData("Some 307 experts from 32 countries and 4,015 local personnel took part.", "4,015")]
    [InlineData("Jamaica scored 270 all out in 48.1 overs.", "270")]
    public void NumberWithANounOfItsOwn_TakesNoCarriedUnit(string text, string fragment) =>
        Assert.Null(ClaimStages.Run(text).Single(ClaimKind.Numeric, fragment).Unit);

    [Theory]
    [InlineData("Kenya won 25 medals; 10 gold, 10 silver and five bronze.", "five", "medal")]
    [InlineData("The film has seven nominations while the other has 11.", "11", "nomination")]
    public void CoordinatedBareCount_StillTakesTheUnit(string text, string fragment, string unit) =>
        Assert.Equal(unit, ClaimStages.Run(text).Single(ClaimKind.Numeric, fragment).Unit);

    [Theory]
    [InlineData("Police said John Smith (34) was injured in the attack.", "34")]
    [InlineData("Civilians aged above 18 may vote.", "18")]
    [InlineData("Police said Walker's son, 7, was found safe.", "7")]
    public void Age_IsInYears(string text, string fragment) =>
        Assert.Equal("year", ClaimStages.Run(text).Single(ClaimKind.Numeric, fragment).Unit);

    [Fact]
    public void RankInBracketsAfterACollege_IsNoAge() =>
        Assert.DoesNotContain(Quantities("The best were Loyola College (4) and Presidency College (3)."), c => c.Unit == "year");

    [Theory]
    [InlineData("Ten Cuban mothers moved into the building.", "Ten Cuban mothers", 10, "mother")]
    [InlineData("Srinagar- Two bodies were found on Friday.", "Two bodies", 2, "body")]
    [InlineData("Lagos, 26 June - Four hangings were reported.", "Four hangings", 4, "hanging")]
    [InlineData("Eight-year-old Yan went to a planetarium.", "Eight-year-old", 8, "year")]
    public void CapitalisedNumberWordOpeningAClause_Counts(string text, string fragment, double value, string unit)
    {
        var claim = ClaimStages.Run(text).Single(ClaimKind.Numeric, fragment);
        Assert.Equal(value, claim.Quantity!.Value);
        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    [InlineData("Million Dollar Baby won the prize.")]
    [InlineData("Zero-rate VAT applies to bulbs.")]
    public void CapitalisedNumberWordInAName_IsNoQuantity(string text) => Assert.Empty(Quantities(text));

    [Theory]
    [InlineData("The Oct. 20 national elections were delayed.")]
    [InlineData("The camp ran from July 6 to 16 in Oslo.")]
    [InlineData("The 2021–22 budget was cut.")]
    [InlineData("The 2021/22 season was cut short.")]
    public void DateFragments_AreNoQuantities(string text) => Assert.Empty(Quantities(text));

    [Theory]
    [InlineData("Leaders met at COP 27 to discuss SDG 15.")]
    [InlineData("The deal was struck at COP 15 in Montreal.")]
    public void CurrencyCodeBeforeASmallNumber_IsAName(string text) => Assert.Empty(Quantities(text));

    [Theory]
    [InlineData("The bank lent USD 15 million to the city.", "USD 15 million", 15e6, "dollar")]
    [InlineData("A ticket cost EUR 250 last year.", "EUR 250", 250, "euro")]
    public void CurrencyCodeBeforeAnAmount_IsMoney(string text, string fragment, double value, string unit)
    {
        var claim = ClaimStages.Run(text).Single(ClaimKind.Numeric, fragment);
        Assert.Equal(value, claim.Quantity!.Value);
        Assert.Equal(unit, claim.Unit);
    }
}
