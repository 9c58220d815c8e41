using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Claims.Quotes;
using ClaimPipeline.Claims.Quotes.Passes;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Quotes;

/// <summary>Each pass after direct-quote attribution on its own, on documents built by hand (no model).</summary>
public sealed class QuotePassTests
{
    [Fact]
    public void MixedClause_TwoQuotationsOfOneClause_MakeOneClaim()
    {
        var document = HandBuilt.Text("Ann Lee described the ban as \u201Cridiculous\u201D and \u201Cbadly thought out\u201D in an interview.")
            .Entity("Ann Lee", EntityLabel.Person);
        var run = HandBuilt.Finder.Attribute(document);
        Assert.Equal(2, run.Quotes.Count);
        Assert.All(run.Quotes, q => Assert.Equal(QuoteEvidence.MixedClause, q.Evidence));

        new MixedClausePass().Run(run);

        var quote = Assert.Single(run.Quotes);
        Assert.Equal("the ban as \u201Cridiculous\u201D and \u201Cbadly thought out\u201D in an interview", document.Text(quote.Claim));
    }

    [Fact]
    public void Continuation_TakesTheSpeakerOfTheQuoteBefore_AndItsStrength()
    {
        var document = HandBuilt.Text("\u201CThe talks went well,\u201D Ann Lee said. \u201CWe will meet again.\u201D")
            .Entity("Ann Lee", EntityLabel.Person);
        var run = new ContinuationPass().RunPass(document);
        var (first, second) = (run.Quotes[0], run.Quotes[1]);
        Assert.Equal("quote.continued", second.Claim.Rule.Name);
        Assert.Same(first.Claim, second.Claim.SpeakerFrom);
        Assert.Equal(QuoteEvidence.Explicit, second.Evidence);

        // After a quote attributed only by its sentence's subject, the continuation is as weak.
        var weak = HandBuilt.Text("Ines Barros called the budget \u201Ca gift to developers.\u201D \u201CNobody else gains.\u201D")
            .Entity("Ines Barros", EntityLabel.Person).Tag("called", "VERB");
        var weakRun = new ContinuationPass().RunPass(weak);
        Assert.Equal("quote.continued", weakRun.Quotes[1].Claim.Rule.Name);
        Assert.Equal(QuoteEvidence.Weak, weakRun.Quotes[1].Evidence);
    }

    [Fact]
    public void PreviousSubject_QuoteOpeningTheSentenceAfterACue_IsThatSpeakers()
    {
        var document = HandBuilt.Text("Sam Ortiz, the party's spokesman, said in a statement. \u201CThere are no paper ballots left to count.\u201D")
            .Entity("Sam Ortiz", EntityLabel.Person);
        var quote = Assert.Single(new PreviousSubjectPass().RunPass(document).Quotes);
        Assert.Equal("quote.previous-subject", quote.Claim.Rule.Name);
        Assert.Equal("Sam Ortiz", document.Mention(quote.Claim));
        Assert.Equal("said", document.CueText(quote.Claim));
        Assert.Equal(QuoteEvidence.Weak, quote.Evidence);
    }

    [Fact]
    public void BlockQuote_ParagraphAfterAnIntroWithColon_IsQuotedSentenceBySentence()
    {
        var document = HandBuilt.Text("The Times explains:\n\nThe plan was rushed. Nobody on the council read it.")
            .Entity("The Times", EntityLabel.Org);
        new BlockQuotePass().RunPass(document);
        Assert.Equal(2, document.Claims.Count);
        Assert.All(document.Claims, c => Assert.Equal("quote.block", c.Rule.Name));
        Assert.Equal("The plan was rushed.", document.Text(document.Claims[0]));
        Assert.Equal("The Times", document.Mention(document.Claims[0]));
        Assert.Same(document.Claims[0], document.Claims[1].SpeakerFrom);
    }

    [Fact]
    public void ReportedSpeech_KeepsClaimsOfEnoughWords_AndNoneForATitleCue()
    {
        var document = HandBuilt.Text("Ann Lee said that the plan would fail. Ann Lee said that it failed. The plan, dubbed the clean sweep by its critics, failed.")
            .Entity("Ann Lee", EntityLabel.Person).Entity("Ann Lee", EntityLabel.Person, occurrence: 1);
        new ReportedSpeechPass().RunPass(document);
        var claim = Assert.Single(document.Claims);
        Assert.Equal("the plan would fail", document.Text(claim));
        Assert.Equal("indirect.that", claim.Rule.Name);
    }

    [Fact]
    public void RepeatedQuote_QuoteHeldByTheReportedSpeechRow_IsDropped()
    {
        var document = HandBuilt.Text("The mayor was \u201Cdisgusting\u201D on Monday, Ann Lee said.").Entity("Ann Lee", EntityLabel.Person);
        var run = HandBuilt.Finder.Attribute(document);
        new ReportedSpeechPass().Run(run);
        Assert.Single(run.Quotes);
        Assert.Equal("The mayor was \u201Cdisgusting\u201D on Monday", document.Text(Assert.Single(document.Claims)));

        new RepeatedQuotePass().Run(run);

        Assert.Empty(run.Quotes);
    }

    [Fact]
    public void NearbySpeaker_QuoteWithoutSpeaker_TakesTheAttributedClaimInThePreviousParagraph()
    {
        var document = HandBuilt.Text("\u201CThe bridge will reopen in May,\u201D Ann Lee said.\n\nThe council met later. It heard \u201Ca long list of complaints about the work.\u201D")
            .Entity("Ann Lee", EntityLabel.Person);
        var run = new NearbySpeakerPass().RunPass(document);
        var (first, second) = (run.Quotes[0], run.Quotes[1]);
        Assert.Equal("quote.nearby", second.Claim.Rule.Name);
        Assert.Same(first.Claim, second.Claim.SpeakerFrom);
        Assert.Equal(QuoteEvidence.Weak, second.Evidence);
    }

    [Fact]
    public void WeakQuote_ShortQuoteWithoutSpeaker_IsDropped_ShortAttributedOneKept()
    {
        var document = HandBuilt.Text("The council called it a \u201Cplan\u201D in May. \u201CNo,\u201D Ann Lee said.").Entity("Ann Lee", EntityLabel.Person);
        new WeakQuotePass().RunPass(document);
        var claim = Assert.Single(document.Claims);
        Assert.Equal("No", document.Text(claim));
        Assert.Equal("quote.cue-after", claim.Rule.Name);
    }

    [Fact]
    public void Finder_ContinuationRunsBeforeThePreviousSubjectGuess()
    {
        // No one but the speaker is named between the quotes (a person named there ends the continuation: InterruptedQuoteTests).
        static Document Build() => HandBuilt.Text("\u201CThe talks went well,\u201D Ann Lee said. The mayor agreed. \u201CWe will meet again in May.\u201D")
            .Entity("Ann Lee", EntityLabel.Person);
        // Alone, the previous-subject pass would give the second quote to the mayor.
        var alone = Build();
        Assert.Equal("The mayor", alone.Mention(new PreviousSubjectPass().RunPass(alone).Quotes[1].Claim));

        var document = Build();
        HandBuilt.Finder.Process(document, default);

        var continued = document.Claims.Single(c => document.Text(c).StartsWith("We will", StringComparison.Ordinal));
        Assert.Equal("quote.continued", continued.Rule.Name);
        Assert.Equal("Ann Lee", document.Mention(continued.SpeakerFrom!));
    }

    [Fact]
    public void Finder_AMixedQuoteIsOneQuoteRow_NotAlsoAReportedClause()
    {
        // The reported clause and the mixed quote are the same words: one row, kind quote, so that a reviewer
        // filtering quotes sees the quoted word (decision 79).
        var document = HandBuilt.Text("Ann Lee said the mayor was “disgusting” on Monday.").Entity("Ann Lee", EntityLabel.Person);
        HandBuilt.Finder.Process(document, default);
        var claim = Assert.Single(document.Claims);
        Assert.Equal("quote.mixed", claim.Rule.Name);
        Assert.Equal(ClaimKind.Quote, claim.Kind);
        Assert.Equal("the mayor was “disgusting” on Monday", document.Text(claim));
    }
}
