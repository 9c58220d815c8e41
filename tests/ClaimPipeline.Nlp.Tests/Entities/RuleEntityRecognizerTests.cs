using ClaimPipeline.Nlp.Text;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Nlp.Tests.Entities;

public sealed class RuleEntityRecognizerTests
{
    private static (string Text, EntityLabel Label)[] Entities(string text)
    {
        var document = TestStages.Run(text, TestStages.Nlp);
        return document.Entities.Select(e => (text[e.Start..e.End], e.Label)).ToArray();
    }

    [Fact]
    public void Recognize_TitlesAndRoles_MakePeople_AndAreNotPartOfTheName()
    {
        var entities = Entities("CIA Director William Burns met Taliban spokesman Zabihullah Mujahid and President Joe Biden.");
        Assert.Contains(("CIA", EntityLabel.Org), entities);
        Assert.Contains(("William Burns", EntityLabel.Person), entities);
        Assert.Contains(("Zabihullah Mujahid", EntityLabel.Person), entities);
        Assert.Contains(("Joe Biden", EntityLabel.Person), entities);
        Assert.Contains(("Taliban", EntityLabel.Org), entities);
    }

    [Fact]
    public void Recognize_GazetteerPrefersTheLongestName()
    {
        var entities = Entities("It was reported by The New York Times from New York and Kabul, Afghanistan.");
        Assert.Contains(("The New York Times", EntityLabel.Org), entities);
        Assert.Contains(("New York", EntityLabel.Loc), entities);
        Assert.Contains(("Kabul", EntityLabel.Loc), entities);
        Assert.Contains(("Afghanistan", EntityLabel.Loc), entities);
    }

    [Fact]
    public void Recognize_SurnameAtSentenceStart_TakesThePersonTypeFromTheFullName()
    {
        var entities = Entities("Baradar spent years in prison. Officials say Abdul Ghani Baradar leads talks.");
        Assert.Contains(("Baradar", EntityLabel.Person), entities);
        Assert.Contains(("Abdul Ghani Baradar", EntityLabel.Person), entities);
    }

    [Fact]
    public void Recognize_SentenceInitialCommonWords_AreNotEntities()
    {
        var entities = Entities("Though there have been few issues, it is late. Ironically, nothing happened.");
        Assert.Empty(entities);
    }

    [Fact]
    public void Recognize_OrganisationSuffixes_MakeOrganisations()
    {
        var entities = Entities("He joined Acme Widgets Corporation and the Bank of Springfield last year.");
        Assert.Contains(("Acme Widgets Corporation", EntityLabel.Org), entities);
        Assert.Contains(("Bank of Springfield", EntityLabel.Org), entities);
    }

    [Fact]
    public void Recognize_NationalitiesAreNorp()
    {
        Assert.Contains(("Afghans", EntityLabel.Norp), Entities("The Taliban would not allow Afghans to evacuate."));
    }
}
