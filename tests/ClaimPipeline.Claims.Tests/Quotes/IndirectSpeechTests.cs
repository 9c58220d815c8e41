using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Quotes;

/// <summary>Reported speech: where the reported clause starts and ends, and who reports it. Sentences written for the test.</summary>
[Trait("Category", "Integration")]
public sealed class IndirectSpeechTests
{
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
        Assert.Equal(rule, claim.Rule.Name);
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

    [Fact]
    public void Indirect_ListOfSpeakers_SpeakTogether()
    {
        var document = ClaimStages.Run("Senators Jon Tester and David Vitter said the bank should be broken up.");
        var claim = document.Single(ClaimKind.Indirect, "the bank should be broken up");
        Assert.Equal("Jon Tester and David Vitter", claim.Speaker);
    }
}
