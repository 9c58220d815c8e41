using ClaimPipeline.Claims.Quotes;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Quotes;

/// <summary>The speaker phrase reader on documents built by hand (no model): the readings that start over, and entity labels.</summary>
public sealed class SpeakerPhraseFinderTests
{
    private static int TokenOf(Document document, string word) =>
        Enumerable.Range(0, document.Tokens.Length).First(t => document.TokenText(t).SequenceEqual(word));

    [Fact]
    public void FindRight_NameAfterAPossessive_IsTheSpeaker()
    {
        var document = HandBuilt.Text("\u201CThe moderates have run out of time,\u201D said Coastal State University's Dana Whitt.")
            .Entity("Coastal State University", EntityLabel.Org).Entity("Dana Whitt", EntityLabel.Person);
        var phrase = HandBuilt.Speakers.FindRight(document, TokenOf(document, "Coastal"), document.Tokens.Length)!.Value;
        Assert.Equal("Dana", document.TokenText(phrase.First).ToString());
        Assert.Equal(SpeakerPhraseKind.Name, phrase.Kind);
    }

    [Fact]
    public void FindLeft_ParticipleAfterACommaAndAVerb_SharesThatVerbsSpeaker()
    {
        var document = HandBuilt.Text("Ann Lee said on Friday, adding that the plan would fail.")
            .Entity("Ann Lee", EntityLabel.Person).Tag("said", "VERB");
        var phrase = HandBuilt.Speakers.FindLeft(document, TokenOf(document, "adding"), 0)!.Value;
        Assert.Equal((TokenOf(document, "Ann"), TokenOf(document, "said")), (phrase.First, phrase.End));
    }

    [Theory]
    [InlineData(EntityLabel.Person)]
    [InlineData(EntityLabel.Org)]
    [InlineData(EntityLabel.Loc)]
    [InlineData(EntityLabel.Norp)]
    [InlineData(EntityLabel.Misc)]
    public void FindRight_AnEntityOfEveryLabel_NamesASpeaker(EntityLabel label)
    {
        var document = HandBuilt.Text("\u201CThe talks are over,\u201D said Kandor Vell on Monday.").Entity("Kandor Vell", label);
        var phrase = HandBuilt.Speakers.FindRight(document, TokenOf(document, "Kandor"), document.Tokens.Length)!.Value;
        Assert.Equal((SpeakerPhraseKind.Name, TokenOf(document, "on")), (phrase.Kind, phrase.End));
    }
}
