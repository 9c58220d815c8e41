using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Claims.Quotes;
using ClaimPipeline.Claims.Speakers;
using ClaimPipeline.Claims.Tests.Quotes;
using ClaimPipeline.Nlp.Text;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Claims.Tests.Speakers;

/// <summary>
/// The speaker phrase kind the quote stage reads travels on the claim, and speaker resolution and the confidence
/// table go by it rather than by the mention's spelling. Documents built by hand (no model).
/// </summary>
public sealed class SpeakerKindTests
{
    private static readonly SpeakerResolver Resolver = new(TestStages.Names, HandBuilt.Speakers);

    /// <summary>"It" is a band here, an organisation the article names after another one.</summary>
    private const string BandText = "Acme Records signed the band in May. \u201CWe love the town,\u201D It said.";

    private static (Document Document, Claim Claim) BandQuote(SpeakerPhraseKind? kind)
    {
        var document = HandBuilt.Text(BandText).Entity("Acme Records", EntityLabel.Org).Entity("It", EntityLabel.Org);
        int start = BandText.IndexOf("We love", StringComparison.Ordinal);
        int mention = BandText.IndexOf("It said", StringComparison.Ordinal);
        var claim = new Claim
        {
            Kind = ClaimKind.Quote, Start = start, End = start + "We love the town".Length, Rule = ClaimRules.QuoteCueAfter,
            SpeakerStart = mention, SpeakerEnd = mention + 2, SpeakerKind = kind, Confidence = 0.1,
        };
        document.Claims.Add(claim);
        return (document, claim);
    }

    [Fact]
    public void QuoteStage_CarriesTheKind_AndResolutionCopiesItToContinuations()
    {
        var document = HandBuilt.Text("\u201CThe talks went well,\u201D she said. She smiled. \u201CWe will meet again in May.\u201D\n\u201CThe rent doubled,\u201D said the agency, which denies it.");
        HandBuilt.Finder.Process(document, default);
        Assert.Equal([SpeakerPhraseKind.Pronoun, null, SpeakerPhraseKind.Description], document.Claims.Select(c => c.SpeakerKind));

        Resolver.Process(document, default);

        Assert.Equal(SpeakerPhraseKind.Pronoun, document.Claims[1].SpeakerKind);
        Assert.Equal("she", document.Mention(document.Claims[1]));
    }

    [Theory]
    [InlineData(SpeakerPhraseKind.Pronoun, "Acme Records")]
    [InlineData(SpeakerPhraseKind.Name, "It")]
    public void Resolution_ResolvesAsAPronounOnlyWhatWasReadAsOne(SpeakerPhraseKind kind, string speaker)
    {
        var (document, claim) = BandQuote(kind);
        Resolver.Process(document, default);
        Assert.Equal(speaker, claim.Speaker);
    }

    [Fact]
    public void Resolution_GivesAMentionThatNamesNoOneNoSpeaker_AndKeepsTheMention()
    {
        var (document, claim) = BandQuote(SpeakerPhraseKind.Unnamed);
        Resolver.Process(document, default);
        Assert.Null(claim.Speaker);
        Assert.Equal("It", document.Mention(claim));
    }

    [Theory]
    [InlineData(SpeakerPhraseKind.Pronoun, "quote.cue-after|pronoun")]
    [InlineData(SpeakerPhraseKind.Name, "quote.cue-after|named")]
    // A claim made without the kind (by hand) is read from its mention.
    [InlineData(null, "quote.cue-after|pronoun")]
    public void ConfidenceKey_GoesByTheCarriedKind(SpeakerPhraseKind? kind, string key)
    {
        var (document, claim) = BandQuote(kind);
        claim.Speaker = "Acme Records";
        Assert.Equal(key, ConfidenceTable.Key(claim, document.Mention(claim)));
    }

    [Fact]
    public void ConfidenceKey_RelativeWho_CountsAsNamed_AsTheTrainingRowsDo()
    {
        var document = HandBuilt.Text("Rikkie Wells, who tweeted that the plan was a disgrace, was angry.").Entity("Rikkie Wells", EntityLabel.Person);
        HandBuilt.Finder.Process(document, default);
        Resolver.Process(document, default);
        var claim = Assert.Single(document.Claims);
        Assert.Equal(("who", SpeakerPhraseKind.Pronoun, "Rikkie Wells"), (document.Mention(claim), claim.SpeakerKind, claim.Speaker));
        Assert.Equal(ConfidenceTable.Key(claim.Rule.Name, claim.Speaker, "who"), ConfidenceTable.Key(claim, "who"));
        Assert.EndsWith("|named", ConfidenceTable.Key(claim, "who"));
    }
}
