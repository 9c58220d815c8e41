using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Numbers.Grammar;

/// <summary>The order of <see cref="ClaimPipeline.Claims.Numbers.NumberGrammar"/>, through the number stage on hand-built documents.</summary>
public sealed class NumberGrammarTests
{
    [Fact]
    public void Dates_AreReadBeforeQuantities()
    {
        var claims = HandBuilt.Numbers("The vote is on 6 January in town.");
        var date = Assert.Single(claims);
        Assert.Equal("date", date.Unit);
        Assert.Same(ClaimRules.NumberDate, date.Rule);
    }

    [Fact]
    public void AQuantity_GoesThroughEveryStep()
    {
        var document = HandBuilt.Text("More than 20,000 people were evacuated.");
        new Claims.Numbers.NumberFinder(HandBuilt.Lexicons).Process(document, CancellationToken.None);
        var claim = Assert.Single(document.Claims);
        Assert.Equal("More than 20,000 people", document.Slice(claim.Start, claim.End));
        Assert.Equal(20000, claim.Quantity);
        Assert.Equal("people", claim.Unit);
        Assert.Equal("More than", claim.Qualifier);
        Assert.Equal(">", claim.Change);
        Assert.Same(ClaimRules.NumberQuantity, claim.Rule);
    }

    [Fact]
    public void AVagueGroup_IsAGroupRow()
    {
        var claim = Assert.Single(HandBuilt.Numbers("Thousands of troops came."));
        Assert.Same(ClaimRules.NumberGroup, claim.Rule);
        Assert.Equal(">", claim.Change);
    }

    [Fact]
    public void ADirection_WinsOverTheBound()
    {
        var claim = Assert.Single(HandBuilt.Numbers("Sales rose by more than 5% this year."));
        Assert.Equal("more than", claim.Qualifier);
        Assert.Equal("up", claim.Change);
    }

    [Fact]
    public void AFilteredNumber_IsSkippedWhole()
    {
        // "10:30": the clock filter rejects 10, and reading goes on after it, so 30 is read on its own.
        var claims = HandBuilt.Numbers("We met at 10:30 with 20 people.");
        Assert.DoesNotContain(claims, c => c.Quantity == 10);
        Assert.Contains(claims, c => c.Quantity == 20 && c.Unit == "people");
    }
}
