namespace ClaimPipeline.Claims.Tests.Numbers;

/// <summary>
/// Issue 17, change direction: the words of change (change-words.tsv) of general financial and sports English, verbs
/// that make a change only with "by", the bounds and approximations of qualifiers.tsv, and signed percentages and
/// points. Sentences written for these tests.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ChangeDirectionTests
{
    [Theory]
    [InlineData("Oil prices spiked 12% after the attack.", "12%", "up")]
    [InlineData("The club's debt ballooned 40% in a year.", "40%", "up")]
    [InlineData("Exports rebounded 7% in March.", "7%", "up")]
    [InlineData("The euro strengthened 0.5% against the pound.", "0.5%", "up")]
    [InlineData("Output contracted 1.5% in the spring.", "1.5%", "down")]
    [InlineData("The yen weakened 1.1% against the dollar.", "1.1%", "down")]
    [InlineData("Shares in the miner plummeted 30% on Monday.", "30%", "down")]
    [InlineData("The pound plummeted 3 cents against the euro.", "3 cents", "down")]
    [InlineData("Sales dwindled 15% over the year.", "15%", "down")]
    [InlineData("The deficit narrowed by \u00A33bn.", "\u00A33bn", "down")]
    [InlineData("There was a 5% downturn in sales.", "5%", "down")]
    [InlineData("The bank reported a 3% uptick in lending.", "3%", "up")]
    [InlineData("A 4% contraction in output was recorded.", "4%", "down")]
    [InlineData("Profits saw a decrease of 11%.", "11%", "down")]
    [InlineData("They reported an upturn of 2% in orders.", "2%", "up")]
    [InlineData("The firm expects growth of between 4% and 5%.", "4% and 5%", "up")]
    public void Find_WordOfChange_GivesTheDirection(string text, string claim, string change) =>
        Assert.Equal(change, ClaimStages.Run(text).Single(ClaimKind.Numeric, claim).Change);

    [Theory]
    [InlineData("The bank raised interest rates by 0.25 percentage points.", "0.25 percentage points", "up")]
    [InlineData("Shares recovered by 2% in late trade.", "2%", "up")]
    [InlineData("The charity raised \u00A35m last year.", "\u00A35m", "=")]
    [InlineData("Police recovered 20 bodies from the river.", "20 bodies", "=")]
    public void Find_VerbOfChangeOnlyWithBy_IsAChangeOnlyWithBy(string text, string claim, string change) =>
        Assert.Equal(change, ClaimStages.Run(text).Single(ClaimKind.Numeric, claim).Change);

    [Theory]
    [InlineData("The firm cut its workforce by 10% last year.", "10%", "down")]
    [InlineData("The government increased the price of petrol by 2p.", "2p", "up")]
    [InlineData("Shares rose after the firm was bought by 3 investors.", "3 investors", "=")]
    public void Find_VerbBeforeItsObjectAndBy_GivesTheDirection(string text, string claim, string change) =>
        Assert.Equal(change, ClaimStages.Run(text).Single(ClaimKind.Numeric, claim).Change);

    [Theory]
    [InlineData("Two planes crashed near the airport.", "Two planes")]
    [InlineData("Three climbers fell from the ridge.", "Three climbers")]
    [InlineData("The film racked up $247m at the box office.", "$247m")]
    public void Find_CountThatIsTheSubjectOrATotal_IsNoChange(string text, string claim) =>
        Assert.Equal("=", ClaimStages.Run(text).Single(ClaimKind.Numeric, claim).Change);

    [Theory]
    [InlineData("It costs in the region of \u00A3300m.", "\u00A3300m", "~")]
    [InlineData("Twenty or so people came.", "Twenty", "~")]
    [InlineData("Oil traded north of $50 a barrel.", "$50", ">")]
    [InlineData("The vote needs a minimum of 40% turnout.", "40%", ">")]
    [InlineData("Exports were greater than $4bn.", "$4bn", ">")]
    [InlineData("The fee was well in excess of \u00A32m.", "\u00A32m", ">")]
    [InlineData("Tickets cost as little as \u00A35.", "\u00A35", ">")]
    [InlineData("People aged 65 and over travel free.", "65", ">")]
    [InlineData("Groups of 20 or fewer may meet.", "20", "<")]
    [InlineData("It will cost a maximum of \u00A340m.", "\u00A340m", "<")]
    [InlineData("Months where inflation was >10% were left out.", "10%", ">")]
    [InlineData("Profits jumped in the region of 20% last year.", "20%", "up")]
    public void Find_BoundOrApproximation_GivesItsCode_AndADirectionWins(string text, string claim, string change) =>
        Assert.Equal(change, ClaimStages.Run(text).Single(ClaimKind.Numeric, claim).Change);

    [Theory]
    [InlineData("Sales were 13% greater than a year earlier.", "13%", "up")]
    [InlineData("Imports were 300 more than last year.", "300", "up")]
    [InlineData("Profits were 7% lower than in 2003.", "7%", "down")]
    [InlineData("Prices are 5% higher than in France.", "5%", "=")]
    [InlineData("Profits were 7% lower.", "7%", "down")]
    public void Find_ComparativeAfterTheNumber_IsAChangeOnlyAgainstAnEarlierTime(string text, string claim, string change) =>
        Assert.Equal(change, ClaimStages.Run(text).Single(ClaimKind.Numeric, claim).Change);

    [Theory]
    [InlineData("The FTSE 100 +0.8% at the close.", "+0.8%", 0.8, "up")]
    [InlineData("The Dax (+1.2%) led the gains.", "+1.2%", 1.2, "up")]
    [InlineData("The FTSE 100 -12.3 points at the close.", "-12.3 points", -12.3, "down")]
    [InlineData("The Nasdaq \u221245.5 points by noon.", "\u221245.5 points", -45.5, "down")]
    [InlineData("The index rose to +3% on the year.", "+3%", 3, "=")]
    public void Find_SignedShareOrPoints_IsTheSizeOfAChange(string text, string claim, double value, string change)
    {
        var quantity = ClaimStages.Run(text).Single(ClaimKind.Numeric, claim);
        Assert.Equal(claim, text[quantity.Start..quantity.End]);
        Assert.Equal(value, quantity.Quantity!.Value, 6);
        Assert.Equal(change, quantity.Change);
    }
}
