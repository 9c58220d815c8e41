using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Quotes;

/// <summary>Each construction the attribution stage covers, on sentences written for the test.</summary>
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
            "\u201CIt was a mistake,\u201D Ellen Park said. \u201CWe knew it. We said so.\u201D\nA new paragraph starts here.");
        var continued = document.Single(ClaimKind.Quote, "We knew it. We said so.");
        Assert.Equal("Ellen Park", continued.Speaker);
        Assert.Equal("quote.continued", continued.Rule);
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
        Assert.Equal("indirect.intent", claim.Rule);
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
        Assert.Equal("quote.nearby", quote.Rule);
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
        Assert.Equal("quote.dash", second.Rule);
    }

    [Fact]
    public void Quote_AfterAShortLineNamingSomeoneWithAColon_TakesThatSpeaker()
    {
        var document = ClaimStages.Run(
            "Voters told us what they expect.\nAnna Berg, a nurse from Ohio:\n\u201CI want a president who will fix the hospitals in small towns first.\u201D");
        var quote = document.Single(ClaimKind.Quote, "fix the hospitals");
        Assert.Equal("Anna Berg", quote.Speaker);
        Assert.Equal("quote.speaker-line", quote.Rule);
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
        Assert.Equal("quote.mixed", claim.Rule);
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
        Assert.Equal("quote.unattributed", quote.Rule);
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

    [Theory]
    [InlineData("\u201CThe schools are full,\u201D said Brandt.", "Brandt")]
    [InlineData("\u201CWhy is the bridge still closed?\u201D Okafor demanded.", "Okafor")]
    public void Quote_NameTheRecognizerMayMiss_IsTheSpeakerNextToTheCue(string text, string mention)
    {
        var document = ClaimStages.Run(text);
        var claim = Assert.Single(document.Claims, c => c.Kind == ClaimKind.Quote);
        Assert.Equal(mention, document.Mention(claim));
        Assert.Equal("quote.cue-after", claim.Rule);
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
        Assert.Equal("quote.cue-after", claim.Rule);
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

    [Fact]
    public void Quote_CueWordUsedAsANoun_IsNoCue()
    {
        // "states" is a cue as a verb; here it is a noun, and the speaker's cue is "said".
        var document = ClaimStages.Run("\u201CThe rule is unlawful,\u201D Tom Hale, whose group represents the states suing the agency, said in court.");
        var claim = document.Single(ClaimKind.Quote, "The rule is unlawful");
        Assert.Equal("Tom Hale", claim.Speaker);
        Assert.Equal("said", document.Slice(claim.CueStart, claim.CueEnd));
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
        Assert.Equal("quote.cue-after", claim.Rule);
    }

    [Fact]
    public void Quote_InsideASentenceWithoutCue_IsTheSubjects()
    {
        var document = ClaimStages.Run("Mayor Ines Barros called the council's budget \u201Ca gift to developers and nobody else.\u201D");
        var claim = document.Single(ClaimKind.Quote, "a gift to developers");
        Assert.Equal("Ines Barros", claim.Speaker);
        Assert.Equal("quote.subject", claim.Rule);
        Assert.Equal("called", document.Slice(claim.CueStart, claim.CueEnd));
    }

    [Fact]
    public void Quote_OpeningTheParagraphAfterAColonIntro_IsTheIntroducedSpeakers()
    {
        var document = ClaimStages.Run("The judge, Carla Munro, stated:\n\n\u201CThe law does not allow this search. The evidence is excluded.\u201D");
        var claim = document.Single(ClaimKind.Quote, "The law does not allow this search");
        Assert.Equal("Carla Munro", claim.Speaker);
        Assert.Equal("judge", claim.SpeakerRole);
        Assert.Equal("quote.intro", claim.Rule);
    }

    [Theory]
    [InlineData("The result did not surprise pollster Irene Vogt: \u201CTurnout decided this race, not the ads.\u201D", "Irene Vogt", "quote.colon")]
    [InlineData("According to the newspaper, \u201Cthe city council never read the contract before it voted.\u201D", "the newspaper", "quote.according")]
    public void Quote_IntroducedInItsSentence_ByAColonOrAccordingTo(string text, string mention, string rule)
    {
        var document = ClaimStages.Run(text);
        var claim = Assert.Single(document.Claims, c => c.Kind == ClaimKind.Quote);
        Assert.Equal(mention, document.Mention(claim));
        Assert.Equal(rule, claim.Rule);
    }

    [Fact]
    public void Quote_WithoutCueAfterASentenceAboutSomeone_IsThatPersons()
    {
        var document = ClaimStages.Run(
            "Senator Ruth Okafor defended the farm bill on Tuesday.\n\u201CFamily farms cannot wait another year for this money.\u201D");
        var claim = document.Single(ClaimKind.Quote, "Family farms cannot wait");
        Assert.Equal("Ruth Okafor", claim.Speaker);
        Assert.Equal("quote.previous-subject", claim.Rule);
        Assert.Equal("defended", document.Slice(claim.CueStart, claim.CueEnd));
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
    public void Quote_ShortQuotesContinuingASubjectAttribution_AreDroppedLikeIt()
    {
        var document = ClaimStages.Run("Mayor Ines Barros called her rival a \u201Cbully\u201D and a \u201Cliar.\u201D");
        Assert.DoesNotContain(document.Claims, c => c.Kind == ClaimKind.Quote);
    }

    [Fact]
    public void Quote_AnotherAsTheSubject_IsItsOwnSpeaker()
    {
        var document = ClaimStages.Run("Dana Whitt tweeted, \u201CThe debate was a mess from start to finish.\u201D\nAnother tweeted, \u201CThe moderators lost control of the stage.\u201D");
        var claim = document.Single(ClaimKind.Quote, "The moderators lost control");
        Assert.Equal("Another", document.Mention(claim));
    }

    [Fact]
    public void Quote_SubjectWithAnInterjection_StillSpeaks()
    {
        var document = ClaimStages.Run("Former Governor Ray Talbot, for his part, is calling the plan \u201Ca reckless waste of public money.\u201D");
        var claim = document.Single(ClaimKind.Quote, "a reckless waste");
        Assert.Equal("Ray Talbot", claim.Speaker);
        Assert.Equal("quote.subject", claim.Rule);
    }

    [Fact]
    public void Speaker_TheTitleAlone_ResolvesToThePersonWithThatTitle()
    {
        var document = ClaimStages.Run("President Ana Lima met the council on Monday.\n\u201CThis is about all of us, not about me,\u201D the president said.");
        Assert.Equal("Ana Lima", document.Single(ClaimKind.Quote, "This is about all of us").Speaker);
    }

    [Fact]
    public void Quote_OpeningAClauseThatEndsInACommaAndCue_IsThatSpeakers()
    {
        var document = ClaimStages.Run(
            "\u201CYou pushed your staff to the breaking point\u201D to lift the share price and your own pay, she said, pointing at the chief executive.");
        var claim = document.Single(ClaimKind.Quote, "You pushed your staff");
        Assert.Equal("she", document.Mention(claim));
        Assert.Equal("quote.cue-after", claim.Rule);
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
    public void Quote_InDoubledSingleQuotes_IsAQuote()
    {
        var document = ClaimStages.Run("''We lost the vote, but not the argument,'' said Maria Lopez.");
        var claim = document.Single(ClaimKind.Quote, "We lost the vote");
        Assert.Equal("We lost the vote, but not the argument", document.Text(claim));
        Assert.Equal("Maria Lopez", claim.Speaker);
    }

    [Fact]
    public void Quote_InAnInterviewWithAnOutlet_IsTheSpeakersNotTheOutlets()
    {
        var document = ClaimStages.Run("In an interview with CNN, Walter Brenn said, \u201CThe tariffs will hurt every farmer in the state.\u201D");
        var claim = document.Single(ClaimKind.Quote, "The tariffs will hurt");
        Assert.Equal("Walter Brenn", claim.Speaker);
        Assert.Equal("said", document.Slice(claim.CueStart, claim.CueEnd));
    }

    [Fact]
    public void Quote_AsSomeonePutIt_IsTheirs()
    {
        var document = ClaimStages.Run("As Irene Vogt, a historian at the state university, put it, \u201Cevery election is a referendum on the last one.\u201D");
        Assert.Equal("Irene Vogt", document.Single(ClaimKind.Quote, "every election is a referendum").Speaker);
    }

    [Theory]
    [InlineData("Sam Ortiz, the party's spokesman, said in a statement. \u201CThere are no paper ballots left to count.\u201D", "Sam Ortiz")]
    [InlineData("Coastal State University's Dana Whitt agreed. \u201CThe moderates have run out of time to find a candidate.\u201D", "Dana Whitt")]
    public void Quote_AfterASentenceEndingInItsCue_IsThatSpeakers(string text, string speaker)
    {
        var document = ClaimStages.Run(text);
        var claim = Assert.Single(document.Claims, c => c.Kind == ClaimKind.Quote);
        Assert.Equal(speaker, claim.Speaker);
        Assert.Equal("quote.previous-subject", claim.Rule);
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
    public void Indirect_BareClauseOpeningWithANoun_IsReportedSpeech()
    {
        var document = ClaimStages.Run("Governor Ada Lind said farmers in the valley will get the water first.");
        var claim = document.Single(ClaimKind.Indirect, "farmers in the valley");
        Assert.Equal("farmers in the valley will get the water first", document.Text(claim));
        Assert.Equal("Ada Lind", claim.Speaker);
    }

    [Fact]
    public void Indirect_EndsWhereASecondAttributionStarts()
    {
        var document = ClaimStages.Run(
            "Senator Ada Lind said the budget was too small, and Governor Tom Hale said the state would cover the rest.");
        var first = document.Single(ClaimKind.Indirect, "the budget was too small");
        Assert.Equal("the budget was too small", document.Text(first));
        Assert.Equal("Tom Hale", document.Single(ClaimKind.Indirect, "the state would cover the rest").Speaker);
    }

    [Fact]
    public void Indirect_PluralNounBeforeTheCue_IsTheSpeaker()
    {
        var document = ClaimStages.Run("Many farmers say the new dam will drain the river in dry years.");
        var claim = document.Single(ClaimKind.Indirect, "the new dam will drain the river");
        Assert.Equal("Many farmers", document.Mention(claim));
    }

    [Theory]
    [InlineData("Senator Ada Lind told Reuters the committee would vote next week.", "the committee would vote next week", "indirect.say")]
    [InlineData("Senator Ada Lind now says the committee would vote next week.", "the committee would vote next week", "indirect.say")]
    [InlineData("Senator Ada Lind asked whether the committee would vote next week.", "whether the committee would vote next week", "indirect.ask")]
    public void Indirect_TellAskAndAdverbs(string text, string content, string rule)
    {
        var document = ClaimStages.Run(text);
        var claim = document.Single(ClaimKind.Indirect, "the committee would vote");
        Assert.Equal(content, document.Text(claim));
        Assert.Equal("Ada Lind", claim.Speaker);
        Assert.Equal(rule, claim.Rule);
    }

    [Fact]
    public void Indirect_CueThenSpeakerAfterTheClause()
    {
        var document = ClaimStages.Run(
            "The governor's plan would hurt small farms more than large ones, said Irene Vogt, an economist at the state university.");
        var claim = document.Single(ClaimKind.Indirect, "would hurt small farms");
        Assert.Equal("The governor's plan would hurt small farms more than large ones", document.Text(claim));
        Assert.Equal("Irene Vogt", claim.Speaker);
    }

    [Fact]
    public void Indirect_ShareOfThosePolled_IsTheSpeaker()
    {
        var document = ClaimStages.Run("In the new survey, 41 percent said the economy was getting worse.");
        var claim = document.Single(ClaimKind.Indirect, "the economy was getting worse");
        Assert.Equal("41 percent", document.Mention(claim));
    }

    [Theory]
    [InlineData("\u201CWe will win this seat back,\u201D\nsaid Maria Lopez.")]
    [InlineData("\u201CWe will win this seat back,\u201D\nMaria Lopez said.")]
    public void Quote_CueOnTheLineAfterTheQuote_NamesTheSpeaker(string text)
    {
        var document = ClaimStages.Run(text);
        var claim = document.Single(ClaimKind.Quote, "We will win this seat back");
        Assert.Equal("Maria Lopez", claim.Speaker);
        Assert.Equal("quote.cue-after", claim.Rule);
    }

    [Fact]
    public void Quote_LeftOpenAtTheEndOfAParagraph_TakesTheSpeakerOfTheQuoteThatClosesIt()
    {
        var document = ClaimStages.Run(
            "Senator Ada Lind spoke first.\n\u201CThe first part of a long statement runs to the end of this paragraph.\n\u201CThe second part closes it,\u201D Ellen Park said.");
        var opening = document.Single(ClaimKind.Quote, "The first part of a long statement");
        Assert.Equal("Ellen Park", opening.Speaker);
        Assert.Equal("quote.continued", opening.Rule);
    }

    [Fact]
    public void Indirect_ListOfSpeakers_SpeakTogether()
    {
        var document = ClaimStages.Run("Senators Jon Tester and David Vitter said the bank should be broken up.");
        var claim = document.Single(ClaimKind.Indirect, "the bank should be broken up");
        Assert.Equal("Jon Tester and David Vitter", claim.Speaker);
    }

    [Fact]
    public void Quote_They_ResolvesToTheOrganisationNotTheNearerPerson()
    {
        var document = ClaimStages.Run("The Teachers Union met with Mayor Ann Cole on Monday. \u201CWe will strike next week,\u201D they said.");
        Assert.Equal("Teachers Union", document.Single(ClaimKind.Quote, "We will strike").Speaker);
    }
}
