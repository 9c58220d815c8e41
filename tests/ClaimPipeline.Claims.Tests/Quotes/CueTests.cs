using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Quotes;

/// <summary>What counts as a cue and where it may stand: nouns that look like cues, setting phrases, cues on the next line, doubled single quotes as quotation marks. Sentences written for the test.</summary>
[Trait("Category", "Integration")]
public sealed class CueTests
{
    [Fact]
    public void Quote_CueWordUsedAsANoun_IsNoCue()
    {
        // "states" is a cue as a verb; here it is a noun, and the speaker's cue is "said".
        var document = ClaimStages.Run("\u201CThe rule is unlawful,\u201D Tom Hale, whose group represents the states suing the agency, said in court.");
        var claim = document.Single(ClaimKind.Quote, "The rule is unlawful");
        Assert.Equal("Tom Hale", claim.Speaker);
        Assert.Equal("said", document.Slice(claim.CueStart, claim.CueEnd));
    }

    [Fact]
    public void Quote_OpeningAClauseThatEndsInACommaAndCue_IsThatSpeakers()
    {
        var document = ClaimStages.Run(
            "\u201CYou pushed your staff to the breaking point\u201D to lift the share price and your own pay, she said, pointing at the chief executive.");
        var claim = document.Single(ClaimKind.Quote, "You pushed your staff");
        Assert.Equal("she", document.Mention(claim));
        Assert.Equal("quote.cue-after", claim.Rule.Name);
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
    [InlineData("\u201CWe will win this seat back,\u201D\nsaid Maria Lopez.")]
    [InlineData("\u201CWe will win this seat back,\u201D\nMaria Lopez said.")]
    public void Quote_CueOnTheLineAfterTheQuote_NamesTheSpeaker(string text)
    {
        var document = ClaimStages.Run(text);
        var claim = document.Single(ClaimKind.Quote, "We will win this seat back");
        Assert.Equal("Maria Lopez", claim.Speaker);
        Assert.Equal("quote.cue-after", claim.Rule.Name);
    }
}
