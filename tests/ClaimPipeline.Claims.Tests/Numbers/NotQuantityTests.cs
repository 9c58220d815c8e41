using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Numbers;

/// <summary>Numbers that are no quantities: dates (rows of unit "date" when asserted), ordinals, times, scores, identifiers, pronouns.</summary>
[Trait("Category", "Integration")]
public sealed class NotQuantityTests
{
    [Theory]
    [InlineData("He was arrested in 2010 and died in 2013.")]
    [InlineData("The deadline is August 31 for all troops.")]
    [InlineData("The vote is on 6 January and the count on 3 February 2005.")]
    public void Dates_AreDateRowsOnly(string text)
    {
        var numbers = ClaimStages.Run(text).Claims.Where(c => c.Kind == ClaimKind.Numeric).ToList();
        Assert.NotEmpty(numbers);
        Assert.All(numbers, c => Assert.Equal("date", c.Unit));
    }

    [Theory]
    [InlineData("She finished third in the 15th race.")]
    [InlineData("The meeting starts at 3pm and ends at 10:30 GMT.")]
    [InlineData("United won the match 2-1 at home.")]
    [InlineData("Install Windows XP SP2 and read Section 427 before you tune to Radio 4.")]
    [InlineData("The album moved from number eight to number one.")]
    [InlineData("No one came, and that one was broken.")]
    [InlineData("Call 0800 028 9276 for help.")]
    [InlineData("The second half started quietly.")]
    [InlineData("They filmed at the Three Gorges dam.")]
    [InlineData("The S&P 500 rose on Friday while the FTSE 100 index and the Nikkei 225 fell.")]
    [InlineData("They are in the top four and chasing a top 10 finish.")]
    [InlineData("He presented Film 2005 before Portugal hosted Euro 2004.")]
    public void NotQuantities_GiveNoRows(string text)
    {
        var numbers = ClaimStages.Run(text).Claims.Where(c => c.Kind == ClaimKind.Numeric && c.Unit != "date").ToList();
        Assert.Empty(numbers);
    }

    [Theory]
    [InlineData("Rooney scored a 96th-minute winner for United.")] // an ordinal joined to its noun
    [InlineData("It was a 21st-century problem.")]
    [InlineData("The side finished in the bottom three last season.")] // a rank; "last season" is a time, no counted noun
    [InlineData("Microsoft will release Windows 7 next year.")] // a name and a number, then a time
    [InlineData("The 5,000m finalist and the 100m champion both tested positive.")] // an event naming a person
    [InlineData("Kelly Holmes, the 800m and 1,500m world champion, retired.")]
    [InlineData("She came one hundred twenty-fifth in the poll.")] // a compound ordinal
    [InlineData("She came one hundred twenty fifth in the poll.")]
    [InlineData("It was the three hundred twenty second launch.")]
    [InlineData("It was the two hundredth show of the tour.")]
    [InlineData("He was the three trillionth visitor.")]
    public void NamesRanksAndOrdinals_GiveNoRows(string text)
    {
        var numbers = ClaimStages.Run(text).Claims.Where(c => c.Kind == ClaimKind.Numeric && c.Unit != "date").ToList();
        Assert.Empty(numbers);
    }

    [Theory]
    [InlineData("He ran the 100m in 9.8 seconds.", "100m", 100, "metre")]
    [InlineData("Britain won the 60m hurdles.", "60m", 60, "metre")]
    [InlineData("Nearly two thirds of voters agreed.", "two thirds", 0.6667, null)]
    [InlineData("One fifth of the staff left.", "One fifth", 0.2, null)]
    [InlineData("The S&P 500 rose 1.2% on Friday.", "1.2%", 1.2, "percent")]
    public void DistancesFractionsAndLevelsAfterANameStillCount(string text, string fragment, double value, string? unit)
    {
        var claim = ClaimStages.Run(text).Single(ClaimKind.Numeric, fragment);
        Assert.Equal(value, claim.Quantity!.Value, 3);
        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    [InlineData("The firm has one factory left.", "factory")]
    [InlineData("It is one of the few books I kept.", "book")]
    [InlineData("It is one of the last good books I kept.", "book")]
    [InlineData("Two of the big unions could merge.", "union")]
    public void One_CountsWhenItDeterminesANoun(string text, string unit)
    {
        var claim = Assert.Single(ClaimStages.Run(text).Claims, c => c.Kind == ClaimKind.Numeric);
        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    // Found by fuzzing: a partitive "of" and a determiner as the very last tokens read past the end.
    [InlineData("He owns 1.5 of the")]
    [InlineData("two of its")]
    [InlineData("Three of those")]
    public void Find_PartitiveAtTheEndOfTheText_DoesNotReadPastIt(string text)
    {
        var document = ClaimStages.Run(text);
        Assert.All(document.Claims, c => Assert.InRange(c.End, c.Start, text.Length));
    }
}
