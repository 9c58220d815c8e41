using ClaimPipeline.Claims.Rules;

namespace ClaimPipeline.Claims.Tests.Quotes;

/// <summary>A mixed quote is one quote row, spoken by the outer clause's speaker; sentences written for these tests.</summary>
[Trait("Category", "Integration")]
public sealed class MixedQuoteRowTests
{
    [Fact]
    public void An_embedded_clauses_subject_is_not_the_speaker_of_the_mixed_quote()
    {
        var document = ClaimStages.Run("Ted Cruz said he is certain Marco Rubio will continue to be \u201Ca champion for conservative causes.\u201D");
        var claim = Assert.Single(document.Claims, c => c.Kind is ClaimKind.Quote or ClaimKind.Indirect);
        Assert.Same(ClaimRules.QuoteMixed, claim.Rule);
        Assert.Equal("Ted Cruz", claim.Speaker);
        Assert.StartsWith("he is certain Marco Rubio", document.Text(claim));
    }

    [Fact]
    public void A_quote_continuing_a_mixed_quote_takes_its_speaker()
    {
        var document = ClaimStages.Run("Maria Lopez said she wanted the film made because \u201Cmost people do not know this history.\u201D " +
            "\u201CWe have no context for the present if we do not know the past.\u201D");
        Assert.Equal(2, document.Claims.Count(c => c.Kind is ClaimKind.Quote or ClaimKind.Indirect));
        Assert.Equal("Maria Lopez", document.Single(ClaimKind.Quote, "most people").Speaker);
        Assert.Equal("Maria Lopez", document.Single(ClaimKind.Quote, "no context").Speaker);
    }
}
