using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Claims.Quotes;
using ClaimPipeline.Claims.Quotes.Rules;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Quotes;

/// <summary>Each direct-quote rule on its own, on documents built by hand (no model), then the order QuoteFinder tries them in.</summary>
public sealed class DirectQuoteRuleTests
{
    private static Claim Attributed(QuoteRuleResult result, string rule, QuoteEvidence evidence = QuoteEvidence.Explicit)
    {
        Assert.Equal(QuoteRuleOutcome.Attributed, result.Outcome);
        Assert.Equal(evidence, result.Evidence);
        Assert.Equal(rule, result.Claim!.Rule.Name);
        return result.Claim;
    }

    [Fact]
    public void TitleCue_NearestCueNamesAWork_IsNotSpeech()
    {
        var titled = HandBuilt.Text("Her memoir titled \u201CThe Long Road Home\u201D sold well.");
        Assert.Equal(QuoteRuleOutcome.NotSpeech, new TitleCueRule().Apply(titled).Outcome);
        var said = HandBuilt.Text("Ann Lee said: \u201CThe road is long.\u201D").Entity("Ann Lee", EntityLabel.Person);
        Assert.Equal(QuoteRuleOutcome.NoMatch, new TitleCueRule().Apply(said).Outcome);
    }

    [Fact]
    public void According_NamesTheSourceAfterTheCue()
    {
        var document = HandBuilt.Text("According to Reuters, \u201Cthe council never read the contract.\u201D").Entity("Reuters", EntityLabel.Org);
        var claim = Attributed(new AccordingRule().Apply(document), "quote.according");
        Assert.Equal("Reuters", document.Mention(claim));
        Assert.Equal(SpeakerPhraseKind.Name, claim.SpeakerKind);
        Assert.Equal("According to", document.CueText(claim));
        Assert.Equal("the council never read the contract.", document.Text(claim));
    }

    [Fact]
    public void MixedQuote_WordsBetweenCueAndQuote_ClaimTheClause()
    {
        var document = HandBuilt.Text("Ann Lee said the plan was \u201Ca disaster for the town\u201D and would fail.").Entity("Ann Lee", EntityLabel.Person);
        var claim = Attributed(new MixedQuoteRule().Apply(document), "quote.mixed", QuoteEvidence.MixedClause);
        Assert.Equal("the plan was \u201Ca disaster for the town\u201D and would fail", document.Text(claim));
        Assert.Equal("Ann Lee", document.Mention(claim));

        var colon = HandBuilt.Text("Ann Lee said: \u201CThe plan is a disaster.\u201D").Entity("Ann Lee", EntityLabel.Person);
        Assert.Equal(QuoteRuleOutcome.NoMatch, new MixedQuoteRule().Apply(colon).Outcome);
    }

    [Theory]
    [InlineData("Ann Lee warned: \u201CThe plan is a disaster.\u201D", "Ann Lee", SpeakerPhraseKind.Name)]
    [InlineData("She warned: \u201CThe plan is a disaster.\u201D", "She", SpeakerPhraseKind.Pronoun)]
    public void CueBefore_TakesTheSpeakerBesideTheCue(string text, string mention, SpeakerPhraseKind kind)
    {
        var document = HandBuilt.Text(text);
        if (text.Contains("Ann Lee")) document.Entity("Ann Lee", EntityLabel.Person);
        var claim = Attributed(new CueBeforeRule().Apply(document), "quote.cue-before");
        Assert.Equal(mention, document.Mention(claim));
        Assert.Equal(kind, claim.SpeakerKind);
        Assert.Equal("warned", document.CueText(claim));
    }

    [Theory]
    [InlineData("\u201CThe bridge will reopen in May,\u201D Maria Lopez said.", "Maria Lopez", SpeakerPhraseKind.Name)]
    [InlineData("\u201CWe acted within the law,\u201D said the agency, which denies any fault.", "the agency", SpeakerPhraseKind.Description)]
    public void CueAfter_TakesTheSpeakerOnEitherSideOfTheCue(string text, string mention, SpeakerPhraseKind kind)
    {
        var document = HandBuilt.Text(text);
        if (text.Contains("Maria")) document.Entity("Maria Lopez", EntityLabel.Person);
        var claim = Attributed(new CueAfterRule().Apply(document), "quote.cue-after");
        Assert.Equal(mention, document.Mention(claim));
        Assert.Equal(kind, claim.SpeakerKind);
        Assert.Equal(QuoteRuleOutcome.NoMatch, new CueAfterRule().Apply(HandBuilt.Text("\u201CThe bridge will reopen in May.\u201D")).Outcome);
    }

    [Fact]
    public void Colon_AfterTheSpeaker_IntroducesTheQuote()
    {
        var document = HandBuilt.Text("The result did not surprise pollster Irene Vogt: \u201CTurnout decided this race.\u201D")
            .Entity("Irene Vogt", EntityLabel.Person);
        var claim = Attributed(new ColonRule().Apply(document), "quote.colon");
        Assert.Equal("Irene Vogt", document.Mention(claim));
        Assert.Equal(":", document.CueText(claim));
    }

    [Fact]
    public void TitleCase_ShortTitleCaseQuotation_IsNotSpeech()
    {
        Assert.Equal(QuoteRuleOutcome.NotSpeech, new TitleCaseRule().Apply(HandBuilt.Text("She loved the film \u201CGone With The Wind\u201D as a child.")).Outcome);
        Assert.Equal(QuoteRuleOutcome.NoMatch, new TitleCaseRule().Apply(HandBuilt.Text("\u201CWe will win the vote,\u201D she said.")).Outcome);
    }

    [Fact]
    public void DashSignature_NameEndingTheParagraph_Signs()
    {
        var document = HandBuilt.Text("\u201CThe schools are full and the teachers are tired.\u201D \u2015 Martha Aguilar\n\nThe end.")
            .Entity("Martha Aguilar", EntityLabel.Person);
        var claim = Attributed(new DashSignatureRule().Apply(document), "quote.dash");
        Assert.Equal("Martha Aguilar", document.Mention(claim));
        var more = HandBuilt.Text("\u201CThe schools are full.\u201D \u2015 Martha Aguilar met the mayor.").Entity("Martha Aguilar", EntityLabel.Person);
        Assert.Equal(QuoteRuleOutcome.NoMatch, new DashSignatureRule().Apply(more).Outcome);
    }

    [Fact]
    public void SpeakerLine_ParagraphNamingTheSpeaker_IntroducesTheNextOne()
    {
        var document = HandBuilt.Text("Maria Lopez, 34, Phoenix:\n\n\u201CThe rent doubled in two years.\u201D")
            .Entity("Maria Lopez", EntityLabel.Person).Entity("Phoenix", EntityLabel.Loc);
        var claim = Attributed(new SpeakerLineRule().Apply(document), "quote.speaker-line");
        Assert.Equal("Maria Lopez", document.Mention(claim));
        Assert.Equal(":", document.CueText(claim));
    }

    [Fact]
    public void IntroParagraph_CueAndColonEndingThePreviousParagraph_Introduce()
    {
        var document = HandBuilt.Text("The judge, Carla Munro, stated:\n\n\u201CThe law does not allow this search.\u201D")
            .Entity("Carla Munro", EntityLabel.Person);
        var claim = Attributed(new IntroParagraphRule().Apply(document), "quote.intro");
        Assert.Equal("Carla Munro", document.Mention(claim));
        Assert.Equal("judge", claim.SpeakerRole);
        Assert.Equal("stated", document.CueText(claim));
    }

    [Fact]
    public void Subject_SentenceWithoutCue_IsItsSubjectsWithTheVerbAsCue_AndNeedsTags()
    {
        const string text = "Mayor Ines Barros called the budget \u201Ca gift to developers.\u201D";
        var untagged = HandBuilt.Text(text).Entity("Ines Barros", EntityLabel.Person);
        Assert.Equal(QuoteRuleOutcome.NoMatch, new SubjectRule().Apply(untagged).Outcome);
        var document = HandBuilt.Text(text).Entity("Ines Barros", EntityLabel.Person).Tag("called", "VERB");
        var claim = Attributed(new SubjectRule().Apply(document), "quote.subject", QuoteEvidence.Weak);
        Assert.Equal("Ines Barros", document.Mention(claim));
        Assert.Equal("Mayor", claim.SpeakerRole);
        Assert.Equal("called", document.CueText(claim));
    }

    /// <summary>The rule QuoteFinder settles on for the document's one quotation (null: no claim), after checking what <paramref name="other"/> alone says.</summary>
    private static string? FinderRule(string text, IQuoteRule other, QuoteRuleOutcome otherAlone)
    {
        var document = HandBuilt.Text(text);
        if (text.Contains("Daron Shaw")) document.Entity("Daron Shaw", EntityLabel.Person);
        Assert.Equal(otherAlone, other.Apply(document).Outcome);
        var quotes = HandBuilt.Finder.Attribute(document).Quotes;
        return quotes.Count == 0 ? null : Assert.Single(quotes).Claim.Rule.Name;
    }

    [Fact]
    public void Finder_TitleCueBeforeTheQuote_VetoesTheCueAfterIt() =>
        Assert.Null(FinderRule("The plan dubbed “the clean sweep of the streets”, Daron Shaw said, failed.",
            new CueAfterRule(), QuoteRuleOutcome.Attributed));

    [Fact]
    public void Finder_MixedClause_BeforeThePlainCueBefore() =>
        Assert.Equal("quote.mixed", FinderRule("Daron Shaw said the plan was “a disaster” in the end.",
            new CueBeforeRule(), QuoteRuleOutcome.Attributed));

    [Fact]
    public void Finder_Colon_BeforeTheTitleCaseTest() =>
        Assert.Equal("quote.colon", FinderRule("Republican pollster Daron Shaw: “Never Again”",
            new TitleCaseRule(), QuoteRuleOutcome.NotSpeech));

    [Fact]
    public void Finder_TitleCaseTest_BeforeTheDashSignature() =>
        Assert.Null(FinderRule("“Never Again” ― Daron Shaw", new DashSignatureRule(), QuoteRuleOutcome.Attributed));

    [Fact]
    public void Finder_NoRuleAnswers_KeepsTheQuoteWithoutSpeaker() =>
        Assert.Equal("quote.unattributed", FinderRule("The council met. “We need more time to read the contract.”",
            new SubjectRule(), QuoteRuleOutcome.NoMatch));

    [Fact]
    public void Finder_SentencesSubject_OnlyWhenNoCueSpeaks()
    {
        var document = HandBuilt.Text("Ines Barros called the budget \u201Ca gift to developers,\u201D Daron Shaw said.")
            .Entity("Ines Barros", EntityLabel.Person).Entity("Daron Shaw", EntityLabel.Person).Tag("called", "VERB");
        Assert.Equal(QuoteRuleOutcome.Attributed, new SubjectRule().Apply(document).Outcome);
        var claim = Assert.Single(HandBuilt.Finder.Attribute(document).Quotes).Claim;
        Assert.Equal(("quote.cue-after", "Daron Shaw"), (claim.Rule.Name, document.Mention(claim)));
    }
}
