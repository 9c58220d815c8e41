using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Claims.Numbers;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Numbers;

public sealed class EnclosingClaimsTests
{
    private static Claim Span(int start, int end) => new() { Kind = ClaimKind.Quote, Rule = ClaimRules.QuoteCueAfter, Start = start, End = end };

    [Fact]
    public void Of_ASpanInsideOneClaim_IsThatClaim()
    {
        var claims = new[] { Span(0, 10), Span(20, 40), Span(50, 60) };
        var enclosing = new EnclosingClaims(claims);
        Assert.Same(claims[1], enclosing.Of(25, 30));
        Assert.Same(claims[1], enclosing.Of(20, 40));
    }

    [Fact]
    public void Of_ASpanCrossingAClaimsEdge_OrOutsideAll_IsNull()
    {
        var enclosing = new EnclosingClaims([Span(0, 10), Span(20, 40)]);
        Assert.Null(enclosing.Of(35, 45));
        Assert.Null(enclosing.Of(12, 18));
        Assert.Null(enclosing.Of(45, 50));
    }

    [Fact]
    public void Of_NestedClaims_IsTheEarliestInClaimOrder_NotTheInnermost()
    {
        // An indirect claim added after the quote it contains: the quote, first in the list, wins.
        var quote = Span(30, 50);
        var indirect = Span(0, 100);
        Assert.Same(quote, new EnclosingClaims([quote, indirect]).Of(35, 40));
        Assert.Same(indirect, new EnclosingClaims([indirect, quote]).Of(35, 40));
    }

    [Fact]
    public void Of_ALongClaimEarlier_IsFoundPastManyShortOnes()
    {
        var claims = new List<Claim> { Span(0, 10_000) };
        for (int i = 1; i < 1000; i++) claims.Add(Span(i * 10, i * 10 + 5));
        var enclosing = new EnclosingClaims(claims);
        Assert.Same(claims[0], enclosing.Of(5_007, 5_009));
        Assert.Same(claims[0], enclosing.Of(5_001, 5_004));
        Assert.Null(enclosing.Of(9_995, 10_001));
    }
}
