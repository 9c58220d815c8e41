using ClaimPipeline.Nlp.Entities;
using ClaimPipeline.Nlp.Text;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Nlp.Tests.Entities;

/// <summary>The shipped recognizer (data/models/ner.bin) on sentences written for the test and on a sample article.</summary>
[Trait("Category", "Integration")]
public sealed class ModelEntityRecognizerTests
{
    private static ModelEntityRecognizer Recognizer => TestStages.ModelEntities;

    private static (string Text, EntityLabel Label)[] Entities(string text)
    {
        var document = TestStages.Run(text, [.. TestStages.Nlp[..3], Recognizer]);
        return document.Entities.Select(e => (text[e.Start..e.End], e.Label)).ToArray();
    }

    [Fact]
    public void Recognize_SampleArticle_FindsItsPeoplePlacesAndOrganisations()
    {
        var text = File.ReadAllText(RepoPaths.Data("articles", "000_8d99f1fb4af1b66b.txt"));
        var entities = Entities(text);
        Assert.Contains(("William Burns", EntityLabel.Person), entities);
        Assert.Contains(("Zabihullah Mujahid", EntityLabel.Person), entities);
        Assert.Contains(("Jake Sullivan", EntityLabel.Person), entities);
        Assert.Contains(("Kabul", EntityLabel.Loc), entities);
        Assert.Contains(("Afghanistan", EntityLabel.Loc), entities);
        Assert.Contains(("CNN", EntityLabel.Org), entities);
    }

    [Fact]
    public void Recognize_AnOutletTheModelLeftUntagged_IsAnOrganisation()
    {
        var entities = Entities("The New York Times covered the story. The Times explains: the council wants money.");
        Assert.Contains(("The Times", EntityLabel.Org), entities);
        Assert.Contains(entities, e => e.Text.EndsWith("New York Times", StringComparison.Ordinal) && e.Label == EntityLabel.Org);
    }

    [Fact]
    public void Recognize_NationalitiesTaggedMisc_BecomeNorp()
    {
        var entities = Entities("The Taliban would not allow Afghans to leave, German officials said.");
        Assert.Contains(("Afghans", EntityLabel.Norp), entities);
        Assert.Contains(("German", EntityLabel.Norp), entities);
    }

    [Fact]
    public void Recognize_CommonWordsAtSentenceStart_AreNotNames()
    {
        var entities = Entities("Should the talks fail, prices will rise. Still, nobody knows.");
        Assert.DoesNotContain(entities, e => e.Text is "Should" or "Still");
    }

    [Fact]
    public void Recognize_SpansAreOnTokenBoundariesInOrder()
    {
        var text = File.ReadAllText(RepoPaths.Data("articles", "002_cc9e05855477d095.txt"));
        var document = TestStages.Run(text, [.. TestStages.Nlp[..3], Recognizer]);
        int previousEnd = 0;
        foreach (var entity in document.Entities)
        {
            Assert.True(entity.FirstToken >= previousEnd && entity.EndToken > entity.FirstToken);
            Assert.Equal(document.Tokens[entity.FirstToken].Start, entity.Start);
            Assert.Equal(document.Tokens[entity.EndToken - 1].End, entity.End);
            previousEnd = entity.EndToken;
        }
        Assert.NotEmpty(document.Entities);
    }
}
