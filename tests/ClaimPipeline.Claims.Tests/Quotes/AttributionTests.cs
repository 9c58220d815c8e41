using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Quotes;

/// <summary>Each construction the attribution stage covers, on sentences written for the test.</summary>
[Trait("Category", "Integration")]
public sealed class AttributionTests
{
    [Fact]
    public void Quote_CueAfter_TakesTheNameBeforeTheCue()
    {
        var document = ClaimStages.Run("\u201CThe bridge will reopen in May,\u201D Maria Lopez said.");
        var claim = document.Single(ClaimKind.Quote, "The bridge will reopen in May");
        Assert.Equal("Maria Lopez", claim.Speaker);
        Assert.Equal("said", document.Slice(claim.CueStart, claim.CueEnd));
        Assert.Equal("The bridge will reopen in May", document.Text(claim));
    }

    [Fact]
    public void Quote_CueAfterThenName_TakesTheNameAfterTheCue()
    {
        var document = ClaimStages.Run("\u201CWe will not move,\u201D said Peter Novak, a union leader.");
        Assert.Equal("Peter Novak", document.Single(ClaimKind.Quote, "We will not move").Speaker);
    }

    [Fact]
    public void Quote_CueBefore_WithColonAndWarned()
    {
        var document = ClaimStages.Run("Senator Ann Cole warned: \u201CThis budget will fail.\u201D");
        var claim = document.Single(ClaimKind.Quote, "This budget will fail");
        Assert.Equal("Ann Cole", claim.Speaker);
        Assert.Equal("Senator", claim.SpeakerRole);
    }

    [Fact]
    public void Quote_ToldReporters_WithRoleBeforeTheName()
    {
        var document = ClaimStages.Run(
            "\u201CWe have time to get everyone out,\u201D deputy defense secretary Tom Reyes told reporters on Friday.");
        var claim = document.Single(ClaimKind.Quote, "We have time");
        Assert.Equal("Tom Reyes", claim.Speaker);
        Assert.Equal("deputy defense secretary", claim.SpeakerRole);
        Assert.Equal("told reporters", document.Slice(claim.CueStart, claim.CueEnd));
    }

    [Fact]
    public void Quote_ContinuesInTheNextSentencesOfTheParagraph()
    {
        var document = ClaimStages.Run(
            "\u201CIt was a mistake,\u201D Ellen Park said. She paused. \u201CWe knew it. We said so.\u201D\nA new paragraph starts here.");
        var continued = document.Single(ClaimKind.Quote, "We knew it. We said so.");
        Assert.Equal("Ellen Park", continued.Speaker);
        Assert.Equal("quote.continued", continued.Rule.Name);
    }

    [Fact]
    public void Quote_PronounSpeaker_ResolvesToTheLastCompatiblePerson()
    {
        var document = ClaimStages.Run(
            "Mary Stone met John Brook on Monday. Brook left early.\n\u201CThe talks went well,\u201D she said.");
        var claim = document.Single(ClaimKind.Quote, "The talks went well");
        Assert.Equal("she", document.Mention(claim));
        Assert.Equal("Mary Stone", claim.Speaker);
    }

    [Fact]
    public void Quote_HePronoun_SkipsAWomanNamedLater()
    {
        var document = ClaimStages.Run("Zabihullah Mujahid spoke after Mary Stone. \u201CWe are ready,\u201D he said.");
        Assert.Equal("Zabihullah Mujahid", document.Single(ClaimKind.Quote, "We are ready").Speaker);
    }

    [Fact]
    public void Quote_Surname_ResolvesToTheFullNameMetEarlier()
    {
        var document = ClaimStages.Run(
            "Taliban spokesman Zabihullah Mujahid spoke in Kabul.\n\u201CIt was the American plan,\u201D Mujahid said.");
        var claim = document.Single(ClaimKind.Quote, "It was the American plan");
        Assert.Equal("Mujahid", document.Mention(claim));
        Assert.Equal("Zabihullah Mujahid", claim.Speaker);
        Assert.Equal("Taliban spokesman", claim.SpeakerRole);
    }

    [Fact]
    public void Quote_DescriptionWithoutName_AndTheDefiniteMentionLater()
    {
        var document = ClaimStages.Run(
            "A police spokesman warned of \u201Cserious risks\u201D tonight.\nThe spokesman promised \u201Ca full inquiry.\u201D");
        Assert.Equal("police spokesman", document.Single(ClaimKind.Quote, "serious risks").Speaker);
        var later = document.Single(ClaimKind.Quote, "a full inquiry");
        Assert.Equal("The spokesman", document.Mention(later));
        Assert.Equal("police spokesman", later.Speaker);
    }

    [Fact]
    public void Indirect_AccordingTo_IsAClaimByTheSource()
    {
        var document = ClaimStages.Run("The mayor has quietly dropped the plan, according to Reuters, after months of protests.");
        var claim = document.Single(ClaimKind.Indirect, "quietly dropped the plan");
        Assert.Equal("Reuters", claim.Speaker);
        Assert.Equal("according to", document.Slice(claim.CueStart, claim.CueEnd));
    }

    [Fact]
    public void Indirect_AccordingToAtTheStart_TakesTheRestOfTheSentence()
    {
        var document = ClaimStages.Run("According to The Guardian, the talks collapsed on Sunday night.");
        var claim = document.Single(ClaimKind.Indirect, "the talks collapsed");
        Assert.Equal("the talks collapsed on Sunday night", document.Text(claim));
        Assert.Equal("The Guardian", claim.Speaker);
    }

    [Fact]
    public void Indirect_OutletReportsAtTheEnd()
    {
        var document = ClaimStages.Run("The minister resigned after the vote, The Washington Post reports.");
        var claim = document.Single(ClaimKind.Indirect, "The minister resigned after the vote");
        Assert.Equal("The minister resigned after the vote", document.Text(claim));
        Assert.Equal("The Washington Post", claim.Speaker);
    }

    [Fact]
    public void Indirect_SaidThat_WithPronoun()
    {
        var document = ClaimStages.Run("Hugo Brandt spoke first. But he said that the army would not allow civilians to leave.");
        var claim = document.Single(ClaimKind.Indirect, "the army would not allow civilians to leave");
        Assert.Equal("Hugo Brandt", claim.Speaker);
        Assert.Equal("he", document.Mention(claim));
    }

    [Fact]
    public void Quote_PartialQuote_AfterWhatXCalled()
    {
        var document = ClaimStages.Run(
            "More time may be needed to finish what President Joe Biden called \u201Cone of the hardest airlifts ever.\u201D");
        var claim = document.Single(ClaimKind.Quote, "one of the hardest airlifts ever");
        Assert.Equal("Joe Biden", claim.Speaker);
        Assert.Equal("called", document.Slice(claim.CueStart, claim.CueEnd));
    }

    [Fact]
    public void Quote_AsOutletReports_BeforeTheQuote()
    {
        var document = ClaimStages.Run("But, as The Guardian reports, \u201Cthe evidence of abuse is growing across the region.\u201D");
        Assert.Equal("The Guardian", document.Single(ClaimKind.Quote, "the evidence of abuse").Speaker);
    }

    [Fact]
    public void Quote_TitleOfAWork_IsNotSpeech()
    {
        var document = ClaimStages.Run("He titled his memoir \u201CThe Back Channel\u201D and said nothing more.");
        Assert.DoesNotContain(document.Claims, c => c.Kind == ClaimKind.Quote);
        var other = ClaimStages.Run("The film \u201CA Long Way Home\u201D opened in Paris.");
        Assert.DoesNotContain(other.Claims, c => c.Kind == ClaimKind.Quote);
    }

    [Fact]
    public void Quote_ShortScareQuoteWithoutCue_IsDropped_LongOneIsKeptWithoutSpeaker()
    {
        var document = ClaimStages.Run(
            "The so-called \u201Cpeace dividend\u201D never came.\n\u201CWe will never forget what happened here.\u201D");
        var quotes = document.Claims.Where(c => c.Kind == ClaimKind.Quote).ToList();
        var only = Assert.Single(quotes);
        Assert.Equal("We will never forget what happened here.", document.Text(only));
        Assert.Null(only.Speaker);
    }

    [Fact]
    public void Quote_BlockQuoteAfterColonCue_BecomesQuotesByTheOutlet()
    {
        var document = ClaimStages.Run(
            "The New York Times covered the story. The Times explains:\n\nThe council has an incentive to cooperate. It wants money.");
        Assert.Equal("The New York Times", document.Single(ClaimKind.Quote, "The council has an incentive").Speaker);
        Assert.Equal("The New York Times", document.Single(ClaimKind.Quote, "It wants money").Speaker);
    }

    [Fact]
    public void Indirect_VowedTo_IsAnIntentClaim()
    {
        var document = ClaimStages.Run("Since the election, Governor Lee has vowed to build more schools in the north.");
        var claim = document.Single(ClaimKind.Indirect, "build more schools");
        Assert.Equal("Lee", claim.Speaker);
        Assert.Equal("indirect.intent", claim.Rule.Name);
    }

    [Fact]
    public void Quote_Honorific_IsNoRole_ButGivesTheGender()
    {
        var document = ClaimStages.Run(
            "Ms Harper met Tom Yates in London.\n\u201CWe agreed on nothing,\u201D she said. \u201CNothing at all,\u201D Mr Yates said.");
        var first = document.Single(ClaimKind.Quote, "We agreed on nothing");
        Assert.Equal("Harper", first.Speaker);
        var second = document.Single(ClaimKind.Quote, "Nothing at all");
        Assert.Equal("Tom Yates", second.Speaker);
        Assert.Null(second.SpeakerRole);
    }

    [Theory]
    [InlineData("\u201CThey have shown a complete disregard for our members,\u201D said Mr Fitzpatrick, who added that talks would go on.", "Fitzpatrick")]
    [InlineData("Union leader Barry Fitzpatrick spoke first. \u201CWe will not accept it,\u201D said Mr. Fitzpatrick.", "Barry Fitzpatrick")]
    [InlineData("\u201CWe need at least $20bn in investment,\u201D said Mrs Maran.", "Maran")]
    public void Quote_CourtesyTitleBeforeTheName_IsNoRole(string text, string speaker)
    {
        var claim = ClaimStages.Run(text).Claims.Single(c => c.Kind == ClaimKind.Quote);
        Assert.Equal(speaker, claim.Speaker);
        Assert.NotEqual("Mr", claim.SpeakerRole);
        Assert.NotEqual("Mr.", claim.SpeakerRole);
        Assert.NotEqual("Mrs", claim.SpeakerRole);
    }

    [Fact]
    public void Quote_PronounWithNoPersonBefore_KeepsTheMentionButNoSpeaker()
    {
        var document = ClaimStages.Run("\u201CIt is over for the season,\u201D he said.");
        var claim = document.Single(ClaimKind.Quote, "It is over");
        Assert.Equal("he", document.Mention(claim));
        Assert.Null(claim.Speaker);
        Assert.Null(claim.SpeakerRole);
    }

    [Fact]
    public void Indirect_CapitalisedCueInsideATitle_IsNoCue()
    {
        var document = ClaimStages.Run("The BBC show They Think It's All Over returns in May.");
        Assert.DoesNotContain(document.Claims, c => c.Kind == ClaimKind.Indirect);
    }

    [Fact]
    public void MixedQuote_IsOneReportedSpeechRow_WithTheQuotationMarks()
    {
        var document = ClaimStages.Run("The new budget is \u201Ca disaster for every family\u201D in the state, according to Senator Ann Walsh.");
        var claim = document.Single(ClaimKind.Indirect, "\u201Ca disaster for every family\u201D");
        Assert.Equal("Ann Walsh", claim.Speaker);
        Assert.DoesNotContain(document.Claims, c => c.Kind == ClaimKind.Quote);
    }

    [Fact]
    public void Quote_WithoutCue_TakesTheSpeakerOfTheClaimInThePreviousParagraph()
    {
        var document = ClaimStages.Run(
            "\u201CWe will not close the hospital,\u201D Mayor Tom Reed told reporters on Friday.\n" +
            "\u201CThe city has the money to keep every ward open until the end of the year.\u201D");
        var quote = document.Single(ClaimKind.Quote, "The city has the money");
        Assert.Equal("Tom Reed", quote.Speaker);
        Assert.Equal("quote.nearby", quote.Rule.Name);
    }

    [Fact]
    public void ShortQuote_AttributedOnlyByProximity_IsLeftOut()
    {
        var document = ClaimStages.Run(
            "\u201CWe will not close the hospital,\u201D Mayor Tom Reed told reporters on Friday.\n" +
            "Critics called the plan \u201Cpure theatre\u201D and left.");
        Assert.DoesNotContain(document.Claims, c => c.Kind == ClaimKind.Quote && document.Text[c.Start..c.End].Contains("theatre"));
    }

    [Fact]
    public void Quote_SignedWithADashAndAName_TakesThatSpeaker()
    {
        var document = ClaimStages.Run(
            "Readers sent us their views.\n\u201CThe bridge has been closed for a year and nobody has told us why.\u201D \u2015 Maria Lopez\n" +
            "\u201CI drive an hour longer every day to reach the hospital where I work.\u201D \u2014 Peter Novak, a teacher in Denver");
        Assert.Equal("Maria Lopez", document.Single(ClaimKind.Quote, "nobody has told us why").Speaker);
        var second = document.Single(ClaimKind.Quote, "an hour longer");
        Assert.Equal("Peter Novak", second.Speaker);
        Assert.Equal("quote.dash", second.Rule.Name);
    }

    [Fact]
    public void Quote_AfterAShortLineNamingSomeoneWithAColon_TakesThatSpeaker()
    {
        var document = ClaimStages.Run(
            "Voters told us what they expect.\nAnna Berg, a nurse from Ohio:\n\u201CI want a president who will fix the hospitals in small towns first.\u201D");
        var quote = document.Single(ClaimKind.Quote, "fix the hospitals");
        Assert.Equal("Anna Berg", quote.Speaker);
        Assert.Equal("quote.speaker-line", quote.Rule.Name);
    }

    [Fact]
    public void Indirect_RejectedTheIdeaThat_IsReportedSpeech()
    {
        var document = ClaimStages.Run("Maria Lopez rejected the idea that the city could not pay for the repairs.");
        var claim = document.Single(ClaimKind.Indirect, "the city could not pay for the repairs");
        Assert.Equal("Maria Lopez", claim.Speaker);
        Assert.Equal("rejected", document.Slice(claim.CueStart, claim.CueEnd));
    }

    [Fact]
    public void MixedQuote_AfterACue_IsTheClauseAroundTheQuotedWords()
    {
        var document = ClaimStages.Run("Governor Lee warned voters against being \u201Cduped by a con man\u201D in the race.");
        var claim = document.Single(ClaimKind.Quote, "duped by a con man");
        Assert.Equal("voters against being \u201Cduped by a con man\u201D in the race", document.Text(claim));
        Assert.Equal("Lee", claim.Speaker);
        Assert.Equal("quote.mixed", claim.Rule.Name);
    }

    [Fact]
    public void MixedQuote_WithTwoQuotations_IsOneRow_AndTheNextQuoteContinuesIt()
    {
        // Each quotation found the same cue and made the same clause: the old output held the row twice.
        var document = ClaimStages.Run(
            "Mayor Tom Reed described the ban as \u201Cridiculous\u201D and \u201Cbadly thought out\u201D in a speech on Monday. " +
            "\u201CI come from an ordinary family and I know what these fines cost.\u201D");
        var mixed = document.Single(ClaimKind.Quote, "ridiculous");
        Assert.Equal("the ban as \u201Cridiculous\u201D and \u201Cbadly thought out\u201D in a speech on Monday", document.Text(mixed));
        Assert.Equal("quote.mixed", mixed.Rule.Name);
        Assert.Equal("Tom Reed", mixed.Speaker);
        var next = document.Single(ClaimKind.Quote, "ordinary family");
        Assert.Equal("quote.continued", next.Rule.Name);
        Assert.Equal("Tom Reed", next.Speaker);
    }

    [Fact]
    public void Quote_FarFromAnyCue_KeepsNoSpeaker()
    {
        var document = ClaimStages.Run(
            "\u201CWe will not close the hospital,\u201D Mayor Tom Reed told reporters on Friday.\n" +
            "The hospital opened in 1952.\nIt has 300 beds.\n" +
            "\u201CEvery ward stays open until the end of the year, whatever the budget says.\u201D");
        var quote = document.Single(ClaimKind.Quote, "Every ward stays open");
        Assert.Null(quote.Speaker);
        Assert.Equal("quote.unattributed", quote.Rule.Name);
    }

    [Fact]
    public void NameAfterTheCue_IsTheSpeakerOnlyWhenTheQuoteFollowsIt()
    {
        var inverted = ClaimStages.Run("At the rally on Monday said Governor Tom Reed: \u201CWe will rebuild every bridge in this state.\u201D");
        Assert.Equal("Tom Reed", inverted.Single(ClaimKind.Quote, "rebuild every bridge").Speaker);

        var subject = ClaimStages.Run("The ad said Sanders is mounting a \u201Cphony attack\u201D on the senator.");
        Assert.DoesNotContain(subject.Claims, c => c.Speaker is { } speaker && speaker.Contains("Sanders"));
    }

    [Fact]
    public void Speaker_IsTheNameAsWritten_WithItsInitial()
    {
        var document = ClaimStages.Run("\u201CWe will pass the budget this week,\u201D Paul D. Ryan told reporters on Tuesday.");
        Assert.Equal("Paul D. Ryan", document.Single(ClaimKind.Quote, "pass the budget").Speaker);
    }

    [Fact]
    public void Apposition_WithAPlaceAndItsState_StillNamesTheSpeaker()
    {
        var document = ClaimStages.Run(
            "Christopher Harvey, an African-American delegate from Houston, Texas, said the turmoil at the convention was part of the show.");
        var claim = document.Single(ClaimKind.Indirect, "the turmoil at the convention");
        Assert.Equal("Christopher Harvey", claim.Speaker);
        Assert.Equal("African-American delegate from Houston, Texas", claim.SpeakerRole);
    }

    [Fact]
    public void According_ToAPoll_TakesTheNounPhraseAsTheSource()
    {
        var document = ClaimStages.Run("Most voters in the state back the new bridge, according to a poll by the local university.");
        var claim = document.Single(ClaimKind.Indirect, "Most voters in the state back the new bridge");
        Assert.Equal("poll by the local university", claim.Speaker);
        Assert.Equal("according to", document.Slice(claim.CueStart, claim.CueEnd));
    }
}
