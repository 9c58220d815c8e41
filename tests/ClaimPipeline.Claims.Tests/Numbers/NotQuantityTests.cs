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
    public void NotQuantities_GiveNoRows(string text)
    {
        var numbers = ClaimStages.Run(text).Claims.Where(c => c.Kind == ClaimKind.Numeric && c.Unit != "date").ToList();
        Assert.Empty(numbers);
    }

    [Theory]
    [InlineData("The firm has one factory left.", "factory")]
    [InlineData("It is one of the few books I kept.", "book")]
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
