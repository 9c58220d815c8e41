using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Quotes;

/// <summary>Who speaks: the speaker phrase next to a cue when the recognizer misses the name, appositions, descriptions, relative "who", lists, and how mentions resolve. Sentences written for the test.</summary>
[Trait("Category", "Integration")]
public sealed class SpeakerPhraseTests
{
    [Theory]
    [InlineData("\u201CThe schools are full,\u201D said Brandt.", "Brandt")]
    [InlineData("\u201CWhy is the bridge still closed?\u201D Okafor demanded.", "Okafor")]
    public void Quote_NameTheRecognizerMayMiss_IsTheSpeakerNextToTheCue(string text, string mention)
    {
        var document = ClaimStages.Run(text);
        var claim = Assert.Single(document.Claims, c => c.Kind == ClaimKind.Quote);
        Assert.Equal(mention, document.Mention(claim));
        Assert.Equal("quote.cue-after", claim.Rule.Name);
    }

    [Fact]
    public void Quote_PartyCodeInParentheses_BetweenNameAndCue()
    {
        var document = ClaimStages.Run("\u201CThe vote is a disgrace,\u201D Rep. Linda Marsh (D-Ore.) said Friday.");
        Assert.Equal("Linda Marsh", document.Single(ClaimKind.Quote, "The vote is a disgrace").Speaker);
    }

    [Theory]
    [InlineData("\u201CWe will march every day,\u201D Dana Reyes, 31, said at the rally.", "Dana Reyes")]
    [InlineData("\u201CThe veto will be overridden,\u201D Walter Brenn, R-Kan., said Tuesday.", "Walter Brenn")]
    [InlineData("\u201CThe plan breaks the law,\u201D Ruth Adler, the attorney general of Vermont, one of the states suing the agency, said at a hearing.", "Ruth Adler")]
    public void Quote_LongAppositionBeforeTheCue_NamesThePerson(string text, string speaker)
    {
        var document = ClaimStages.Run(text);
        var claim = Assert.Single(document.Claims, c => c.Kind == ClaimKind.Quote);
        Assert.Equal(speaker, claim.Speaker);
        Assert.Equal("quote.cue-after", claim.Rule.Name);
    }

    [Theory]
    [InlineData("Governor Paula Kent, speaking at a school in Dayton, Ohio, said, \u201CEvery child deserves a teacher.\u201D")]
    [InlineData("Governor Paula Kent visited a school in Dayton and said, \u201CEvery child deserves a teacher.\u201D")]
    [InlineData("Governor Paula Kent visited a school in Dayton on Monday, saying, \u201CEvery child deserves a teacher.\u201D")]
    public void Quote_CueSeparatedFromItsSubject_TakesTheSubjectOfTheClause(string text)
    {
        var document = ClaimStages.Run(text);
        Assert.Equal("Paula Kent", document.Single(ClaimKind.Quote, "Every child deserves a teacher").Speaker);
    }

    [Theory]
    [InlineData("\u201CThe bridge plan was rushed through,\u201D the audit report stated.", "the audit report")]
    [InlineData("\u201CWe acted within the law at every step,\u201D said the agency, which denies any fault.", "the agency")]
    [InlineData("\u201CThe truck never slowed down,\u201D said one of two witnesses who saw the crash.", "one of two witnesses")]
    [InlineData("\u201CThe mayor has shown more courage than the council,\u201D reads an editorial in the local paper.", "an editorial in the local paper")]
    public void Quote_SpeakerThatNamesNoOne_NextToTheCue(string text, string mention)
    {
        var document = ClaimStages.Run(text);
        var claim = Assert.Single(document.Claims, c => c.Kind == ClaimKind.Quote);
        Assert.Equal(mention, document.Mention(claim));
        Assert.Equal("quote.cue-after", claim.Rule.Name);
    }

    [Theory]
    [InlineData("The campaign emailed supporters saying: \u201CThe fight goes on until the last vote is counted.\u201D", "campaign")]
    [InlineData("\u201CI respect the governor a great deal,\u201D Senator Ada Lind said, adding: \u201CHe has been a strong leader for this state.\u201D", "Ada Lind")]
    [InlineData("Speaking at a rally in Salem, Oregon, Governor Ada Lind went after her rival, calling him \u201Ca man with no plan for the schools.\u201D", "Ada Lind")]
    public void Quote_ParticipleCue_TakesTheSubjectOfItsClause(string text, string speaker)
    {
        var document = ClaimStages.Run(text);
        var claim = document.Claims.Last(c => c.Kind == ClaimKind.Quote);
        Assert.Equal(speaker, claim.Speaker);
    }

    [Fact]
    public void Quote_AnotherAsTheSubject_IsItsOwnSpeaker()
    {
        var document = ClaimStages.Run("Dana Whitt tweeted, \u201CThe debate was a mess from start to finish.\u201D\nAnother tweeted, \u201CThe moderators lost control of the stage.\u201D");
        var claim = document.Single(ClaimKind.Quote, "The moderators lost control");
        Assert.Equal("Another", document.Mention(claim));
    }

    [Fact]
    public void Speaker_TheTitleAlone_ResolvesToThePersonWithThatTitle()
    {
        var document = ClaimStages.Run("President Ana Lima met the council on Monday.\n\u201CThis is about all of us, not about me,\u201D the president said.");
        Assert.Equal("Ana Lima", document.Single(ClaimKind.Quote, "This is about all of us").Speaker);
    }

    [Fact]
    public void Quote_CoordinatedCue_TakesTheNearestClauseSubject()
    {
        var document = ClaimStages.Run(
            "When my uncle Paul Dorsey warned me about the storm that night, I laughed and said, \u201CI have driven through worse than this.\u201D");
        var claim = document.Single(ClaimKind.Quote, "I have driven through worse");
        Assert.Equal("I", document.Mention(claim));
    }

    [Fact]
    public void Quote_RelativeWho_IsTheMentionAndResolvesToItsAntecedent()
    {
        var document = ClaimStages.Run("The loudest critic was Senator Ada Lind, who told reporters: \u201CThis bill is a gift to the banks.\u201D");
        var claim = document.Single(ClaimKind.Quote, "This bill is a gift");
        Assert.Equal("who", document.Mention(claim));
        Assert.Equal("Ada Lind", claim.Speaker);
    }

    [Theory]
    [InlineData("Holger Brandt of Berenberg, a private bank in Hamburg, warned that \u201Cthe euro will not survive another crisis.\u201D", "Holger Brandt")]
    [InlineData("\u201CThe euro will not survive another crisis,\u201D Anna Berg of the Brookings Institution wrote.", "Anna Berg")]
    public void Quote_PersonOfAnInstitution_IsThePerson(string text, string speaker)
    {
        var document = ClaimStages.Run(text);
        var claim = Assert.Single(document.Claims, c => c.Kind is ClaimKind.Quote or ClaimKind.Indirect);
        Assert.Equal(speaker, claim.Speaker);
    }

    [Fact]
    public void Quote_They_ResolvesToTheOrganisationNotTheNearerPerson()
    {
        var document = ClaimStages.Run("The Teachers Union met with Mayor Ann Cole on Monday. \u201CWe will strike next week,\u201D they said.");
        Assert.Equal("Teachers Union", document.Single(ClaimKind.Quote, "We will strike").Speaker);
    }
}
