using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Speakers;

/// <summary>How mentions become speakers: pronouns, organisations and descriptions, in short and very long articles.</summary>
[Trait("Category", "Integration")]
public sealed class SpeakerResolverTests
{
    [Fact]
    public void HePronoun_IsNotANameInAReadMoreLine()
    {
        var document = ClaimStages.Run("READ MORE: Toronto Mayor Says Budget Is Balanced\n\n\u201CWe are on track,\u201D he said.");
        var claim = document.Single(ClaimKind.Quote, "on track");
        Assert.Equal("he", document.Mention(claim));
        Assert.Null(claim.Speaker);
    }

    [Fact]
    public void HePronoun_SkipsAManNamedOnlyInsideAQuotation()
    {
        var document = ClaimStages.Run(
            "John Brook arrived on Monday. Mary Stone said \u201CPeter Walsh will never come back here.\u201D\n" +
            "\u201CWe are ready for the talks,\u201D he said.");
        Assert.Equal("John Brook", document.Single(ClaimKind.Quote, "We are ready").Speaker);
    }

    [Fact]
    public void SheAfterAResolvedShe_KeepsTheSameWoman_PastAManNamedBefore()
    {
        var document = ClaimStages.Run(
            "Mary Stone met John Brook on Monday.\n\u201CThe talks went well,\u201D she said.\n" +
            "\u201CWe will meet again in May,\u201D she added.");
        Assert.Equal("Mary Stone", document.Single(ClaimKind.Quote, "The talks went well").Speaker);
        Assert.Equal("Mary Stone", document.Single(ClaimKind.Quote, "meet again").Speaker);
    }

    [Fact]
    public void DefiniteDescription_TakesTheEarlierPersonWithThatRole()
    {
        var document = ClaimStages.Run(
            "Taliban spokesman Zabihullah Mujahid spoke in Kabul on Monday.\n" +
            "\u201CThe foreign forces must leave by the end of the month,\u201D the spokesman said.");
        var claim = document.Single(ClaimKind.Quote, "foreign forces");
        Assert.Equal("the spokesman", document.Mention(claim));
        Assert.Equal("Zabihullah Mujahid", claim.Speaker);
    }

    [Fact]
    public void LongArticle_EveryHeSaidResolvesToTheManNamedAtTheTop()
    {
        // 2,000 paragraphs: the answer must not depend on how far back the name is.
        var text = "Zabihullah Mujahid spoke in Kabul on Monday.\n" + string.Concat(Enumerable.Range(0, 2000).Select(i =>
            $"\u201CThe airport will stay open for day number {i} of the evacuation,\u201D he said.\n"));
        var document = ClaimStages.Run(text);
        var quotes = document.Claims.Where(c => c.Kind == ClaimKind.Quote).ToList();
        Assert.Equal(2000, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Zabihullah Mujahid", q.Speaker));
    }
}
