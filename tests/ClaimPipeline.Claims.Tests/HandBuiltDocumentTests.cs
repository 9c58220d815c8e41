using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Text;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Claims.Tests;

/// <summary>
/// The claim stages run on a Document built by hand, with the tags and entities a test states: no model is loaded,
/// so retraining one cannot change these results.
/// </summary>
public sealed class HandBuiltDocumentTests
{
    [Fact]
    public void Quotes_OnAHandBuiltDocument_AttributeTheQuoteToTheNameBeforeTheCue()
    {
        var document = new DocumentBuilder()
            .Sentence("“ We will win , ” Mujahid said .", tags: "PUNCT PRON AUX VERB PUNCT PUNCT PROPN VERB PUNCT")
            .Entity("Mujahid", EntityLabel.Person)
            .Build();
        ClaimStages.Quotes.Process(document, CancellationToken.None);
        var quote = Assert.Single(document.Claims);
        Assert.Equal((ClaimKind.Quote, "quote.cue-after", "Mujahid"), (quote.Kind, quote.Rule.Name, document.Mention(quote)));
        Assert.Equal("We will win", document.Text(quote));
    }

    /// <summary>The counted noun of a quantity comes from its part-of-speech tag; without tags the rule stays silent.</summary>
    [Fact]
    public void Numbers_TakeTheCountedNounFromItsTag()
    {
        const string Sentence = "Villagers lit 12 lanterns .";
        var tagged = new DocumentBuilder().Sentence(Sentence, tags: "NOUN VERB NUM NOUN PUNCT").Build();
        var untagged = new DocumentBuilder().Sentence(Sentence).Build();
        ClaimStages.Numbers.Process(tagged, CancellationToken.None);
        ClaimStages.Numbers.Process(untagged, CancellationToken.None);
        Assert.Equal("lantern", Assert.Single(tagged.Claims).Unit);
        Assert.Null(Assert.Single(untagged.Claims).Unit);
    }
}
