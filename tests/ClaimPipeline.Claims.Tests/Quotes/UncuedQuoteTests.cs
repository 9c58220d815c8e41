using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Quotes;

/// <summary>Quotations without a verb of saying beside them: the sentence's subject, the sentence before, a colon or an intro line, and quotes that run on across paragraphs. Sentences written for the test.</summary>
[Trait("Category", "Integration")]
public sealed class UncuedQuoteTests
{
    [Fact]
    public void Quote_InsideASentenceWithoutCue_IsTheSubjects()
    {
        var document = ClaimStages.Run("Mayor Ines Barros called the council's budget \u201Ca gift to developers and nobody else.\u201D");
        var claim = document.Single(ClaimKind.Quote, "a gift to developers");
        Assert.Equal("Ines Barros", claim.Speaker);
        Assert.Equal("quote.subject", claim.Rule.Name);
        Assert.Equal("called", document.Slice(claim.CueStart, claim.CueEnd));
    }

    [Fact]
    public void Quote_OpeningTheParagraphAfterAColonIntro_IsTheIntroducedSpeakers()
    {
        var document = ClaimStages.Run("The judge, Carla Munro, stated:\n\n\u201CThe law does not allow this search. The evidence is excluded.\u201D");
        var claim = document.Single(ClaimKind.Quote, "The law does not allow this search");
        Assert.Equal("Carla Munro", claim.Speaker);
        Assert.Equal("judge", claim.SpeakerRole);
        Assert.Equal("quote.intro", claim.Rule.Name);
    }

    [Theory]
    [InlineData("The result did not surprise pollster Irene Vogt: \u201CTurnout decided this race, not the ads.\u201D", "Irene Vogt", "quote.colon")]
    [InlineData("According to the newspaper, \u201Cthe city council never read the contract before it voted.\u201D", "the newspaper", "quote.according")]
    public void Quote_IntroducedInItsSentence_ByAColonOrAccordingTo(string text, string mention, string rule)
    {
        var document = ClaimStages.Run(text);
        var claim = Assert.Single(document.Claims, c => c.Kind == ClaimKind.Quote);
        Assert.Equal(mention, document.Mention(claim));
        Assert.Equal(rule, claim.Rule.Name);
    }

    [Fact]
    public void Quote_WithoutCueAfterASentenceAboutSomeone_IsThatPersons()
    {
        var document = ClaimStages.Run(
            "Senator Ruth Okafor defended the farm bill on Tuesday.\n\u201CFamily farms cannot wait another year for this money.\u201D");
        var claim = document.Single(ClaimKind.Quote, "Family farms cannot wait");
        Assert.Equal("Ruth Okafor", claim.Speaker);
        Assert.Equal("quote.previous-subject", claim.Rule.Name);
        Assert.Equal("defended", document.Slice(claim.CueStart, claim.CueEnd));
    }

    [Fact]
    public void Quote_ShortQuotesContinuingASubjectAttribution_AreDroppedLikeIt()
    {
        var document = ClaimStages.Run("Mayor Ines Barros called her rival a \u201Cbully\u201D and a \u201Cliar.\u201D");
        Assert.DoesNotContain(document.Claims, c => c.Kind == ClaimKind.Quote);
    }

    [Fact]
    public void Quote_SubjectWithAnInterjection_StillSpeaks()
    {
        var document = ClaimStages.Run("Former Governor Ray Talbot, for his part, is calling the plan \u201Ca reckless waste of public money.\u201D");
        var claim = document.Single(ClaimKind.Quote, "a reckless waste");
        Assert.Equal("Ray Talbot", claim.Speaker);
        Assert.Equal("quote.subject", claim.Rule.Name);
    }

    [Theory]
    [InlineData("Sam Ortiz, the party's spokesman, said in a statement. \u201CThere are no paper ballots left to count.\u201D", "Sam Ortiz")]
    [InlineData("Coastal State University's Dana Whitt agreed. \u201CThe moderates have run out of time to find a candidate.\u201D", "Dana Whitt")]
    public void Quote_AfterASentenceEndingInItsCue_IsThatSpeakers(string text, string speaker)
    {
        var document = ClaimStages.Run(text);
        var claim = Assert.Single(document.Claims, c => c.Kind == ClaimKind.Quote);
        Assert.Equal(speaker, claim.Speaker);
        Assert.Equal("quote.previous-subject", claim.Rule.Name);
    }

    [Fact]
    public void Quote_LeftOpenAtTheEndOfAParagraph_TakesTheSpeakerOfTheQuoteThatClosesIt()
    {
        var document = ClaimStages.Run(
            "Senator Ada Lind spoke first.\n\u201CThe first part of a long statement runs to the end of this paragraph.\n\u201CThe second part closes it,\u201D Ellen Park said.");
        var opening = document.Single(ClaimKind.Quote, "The first part of a long statement");
        Assert.Equal("Ellen Park", opening.Speaker);
        Assert.Equal("quote.continued", opening.Rule.Name);
    }
}
