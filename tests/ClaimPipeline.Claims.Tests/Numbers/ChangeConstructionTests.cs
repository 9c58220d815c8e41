namespace ClaimPipeline.Claims.Tests.Numbers;

/// <summary>
/// Issue 17, round 2 of the change column: phrasal verbs, verbs of losing, levels crossed, "by" after a long object
/// and in gapped coordination, nouns of change after modifiers, names and times, votes, verbs of exceeding, and
/// comparisons. Sentences written for these tests.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ChangeConstructionTests
{
    private static string ChangeOf(string text, string claim) => ClaimStages.Run(text).Single(ClaimKind.Numeric, claim).Change!;

    [Theory]
    [InlineData("Migrants make up 40 percent of the workforce.", "40 percent", "=")]
    [InlineData("Rent is taking up 30 per cent of household income.", "30 per cent", "=")]
    [InlineData("The stall serves up 2,000 meals a day.", "2,000 meals", "=")]
    [InlineData("The court handed down a two-year sentence.", "two-year", "=")]
    [InlineData("The regime shut down 40 newspapers last year.", "40 newspapers", "=")]
    [InlineData("Officials closed down 96 charities in one day.", "96 charities", "=")]
    [InlineData("He woke up four days later.", "four days", "=")]
    [InlineData("Shares in the bank closed down 3.2% on Friday.", "3.2%", "down")]
    [InlineData("The index ended up 1.4% after a volatile session.", "1.4%", "up")]
    public void Find_PhrasalVerb_IsNoChange_ButASessionsCloseIs(string text, string claim, string change) =>
        Assert.Equal(change, ChangeOf(text, claim));

    [Theory]
    [InlineData("The team has lost 8 of its last 10 matches.", "8", "=")]
    [InlineData("The party lost three consecutive elections.", "three consecutive elections", "=")]
    [InlineData("The flight lost over two hours to a storm.", "two hours", ">")]
    [InlineData("The firm lost 4,000 jobs during the crisis.", "4,000 jobs", "down")]
    [InlineData("The party lost 12 seats in the vote.", "12 seats", "down")]
    [InlineData("The currency has lost 30% against the dollar.", "30%", "down")]
    public void Find_Lost_IsAFallOnlyOfAMeasure(string text, string claim, string change) =>
        Assert.Equal(change, ChangeOf(text, claim));

    [Theory]
    [InlineData("Unemployment fell below 5% for the first time.", "5%", "<")]
    [InlineData("Daily cases rose above 4,000 on Sunday.", "4,000", ">")]
    [InlineData("The peso surged near 300 per dollar.", "300", "~")]
    [InlineData("The Dow climbed past 30,000 points.", "30,000 points", ">")]
    [InlineData("Shares tumbled over 20 per cent in New York.", "20 per cent", "down")]
    public void Find_ChangeVerbBeforeALevelCrossed_TakesTheBound(string text, string claim, string change) =>
        Assert.Equal(change, ChangeOf(text, claim));

    [Theory]
    [InlineData("The plan would cut the cost of the average journey by 40 percent.", "40 percent", "down")]
    [InlineData("The plan cut the length of the trip by 40 percent and the cost by 30 percent.", "30 percent", "down")]
    [InlineData("Burglaries increased by 106 percent and car thefts by 650 percent.", "650 percent", "up")]
    [InlineData("The bank will expand its credit portfolio for small farmers by up to $5,000.", "$5,000", "up")]
    [InlineData("The reforms will reduce the waiting lists in public hospitals by up to 50 percent.", "50 percent", "down")]
    public void Find_ByAfterALongObjectOrAGap_IsTheChange(string text, string claim, string change) =>
        Assert.Equal(change, ChangeOf(text, claim));

    [Theory]
    [InlineData("Nurses won a 7.5% wage hike.", "7.5%", "up")]
    [InlineData("Teachers want a 30 percent pay increase.", "30 percent", "up")]
    [InlineData("The ministry faces a 30 percent discretionary cut.", "30 percent", "down")]
    [InlineData("The app reported 50% YoY growth.", "50%", "up")]
    public void Find_NounOfChangeAfterModifiers_IsTheChange(string text, string claim, string change) =>
        Assert.Equal(change, ChangeOf(text, claim));

    [Theory]
    [InlineData("He drove a Mini JCW Rally 7 hours across the desert.", "7 hours")]
    [InlineData("The 48MW Lower Kalnai plant opened.", "48MW")]
    [InlineData("The club finished in the lower half of the table.", "half")]
    [InlineData("The bank announced a rate hike two weeks ago.", "two weeks")]
    [InlineData("The party had gained 66.06 percent of the vote.", "66.06 percent")]
    [InlineData("She gained 2,744 ballots in the district.", "2,744 ballots")]
    public void Find_WordOfChangeInANameATimeOrAVote_IsNoChange(string text, string claim) =>
        Assert.Equal("=", ChangeOf(text, claim));

    [Theory]
    [InlineData("Forest cover shrank (Decrease of almost 9% compared to 2020).", "9%", "down")]
    [InlineData("Profits rose by \u00A32bn ($2.6bn) last year.", "$2.6bn", "up")]
    public void Find_CapitalAfterABracket_AndAConvertedChange_AreChanges(string text, string claim, string change) =>
        Assert.Equal(change, ChangeOf(text, claim));

    [Theory]
    [InlineData("Global smokers now exceed 1.1 billion people.", "1.1 billion people", ">")]
    [InlineData("The figure had topped 100,000 by March.", "100,000", ">")]
    [InlineData("Sales surpassed $2 billion.", "$2 billion", ">")]
    [InlineData("The death toll passed 1,000 on Monday.", "1,000", ">")]
    [InlineData("Parliament passed 12 bills last year.", "12 bills", "=")]
    [InlineData("The crowd was 480, there or thereabouts.", "480", "~")]
    public void Find_VerbOfExceedingOrThereabouts_IsABound(string text, string claim, string change) =>
        Assert.Equal(change, ChangeOf(text, claim));

    [Theory]
    [InlineData("Prices remain 101.0% higher than the pre-pandemic level.", "101.0%", "up")]
    [InlineData("Output is 8% lower than pre-crisis levels.", "8%", "down")]
    [InlineData("Costs are about 20 percent higher than those of normal times.", "20 percent", "~")]
    [InlineData("The levels were dozens of times higher than the limit.", "dozens of times", ">")]
    public void Find_Comparison_IsAChangeAgainstAnEarlierTime_ElseKeepsItsQualifier(string text, string claim, string change) =>
        Assert.Equal(change, ChangeOf(text, claim));
}
