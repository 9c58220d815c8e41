using ClaimPipeline.Claims.Speakers;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Claims.Tests.Speakers;

public sealed class SpeakerTextTests
{
    [Theory]
    [InlineData("Porsche -", "Porsche")]
    [InlineData("Incomes Data Services'", "Incomes Data Services")]
    [InlineData("'s Office", "Office")]
    [InlineData(": Distressed", "Distressed")]
    [InlineData("Globe,", "Globe")]
    [InlineData("Norbert Ore.", "Norbert Ore")]
    [InlineData("Baoshan Iron and Steel Co.", "Baoshan Iron and Steel Co.")]
    [InlineData("Zabihullah Mujahid", "Zabihullah Mujahid")]
    public void Clean_TrimsPunctuationABrokenSpanDraggedIn_ButKeepsAKnownAbbreviation(string speaker, string expected) =>
        Assert.Equal(expected, SpeakerText.Clean(speaker, TestStages.Names));

    [Theory]
    [InlineData("70%")]
    [InlineData("2.25%")]
    [InlineData("1")]
    [InlineData("Co.")]
    [InlineData("- ,")]
    public void Clean_ASpeakerWithoutALetterOrALoneSuffix_IsNoSpeaker(string speaker) =>
        Assert.Null(SpeakerText.Clean(speaker, TestStages.Names));

    [Fact]
    public void Resolve_PollSharesAndUnresolvedIt_AreNoSpeakers()
    {
        var poll = ClaimStages.Run("Furthermore, 16% said that none of their cards had been replaced, while 30% said only some had.");
        Assert.DoesNotContain(poll.Claims, c => c.Speaker is "16%" or "30%");

        var it = ClaimStages.Run("It said it would put this commitment on paper.");
        var claim = Assert.Single(it.Claims, c => c.Kind == ClaimKind.Indirect);
        Assert.Null(claim.Speaker);
        Assert.Equal("It", it.Text[claim.SpeakerStart..claim.SpeakerEnd]);

        // With a company before it, "it" is the company.
        var company = ClaimStages.Run("Shares in Multiplex fell after the builder Multiplex Group said it would post a loss. It said the stadium would open late.");
        Assert.Contains(company.Claims, c => c.Speaker is not null && c.Speaker.Contains("Multiplex", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_ADescriptionOpeningItsSentence_IsTheSameSpeakerAsInsideOne()
    {
        var document = ClaimStages.Run("Analysts said the club would struggle. On Monday, analysts said the deal was unfair.");
        var speakers = document.Claims.Where(c => c.Kind == ClaimKind.Indirect).Select(c => c.Speaker).ToArray();
        Assert.Equal(new string?[] { "analysts", "analysts" }, speakers);
    }

    [Fact]
    public void Resolve_AnAcronymBeforeARoleNoun_StaysInTheDescription()
    {
        var document = ClaimStages.Run("\u201CWe will appeal against the ban,\u201D an FA spokesman said.");
        Assert.Equal("FA spokesman", Assert.Single(document.Claims, c => c.Kind == ClaimKind.Quote).Speaker);
    }

    [Fact]
    public void Resolve_APlaceBeforeALowercaseNounAndAPerson_DescribesThePersonWhoSpeaks()
    {
        var document = ClaimStages.Run("\u201CIt was a difficult week,\u201D said Cambridge cartoonist Andre Campbell.");
        Assert.Equal("Andre Campbell", Assert.Single(document.Claims, c => c.Kind == ClaimKind.Quote).Speaker);
        // A place alone after the cue still speaks for itself.
        var alone = ClaimStages.Run("\u201CThe talks failed,\u201D said Washington on Monday.");
        Assert.Equal("Washington", Assert.Single(alone.Claims, c => c.Kind == ClaimKind.Quote).Speaker);
    }

    [Fact]
    public void Resolve_ASubjectWithAnApposition_IsTheSpeakerNotTheReportedWords()
    {
        var document = ClaimStages.Run("The Globe, a local paper, said the meeting was tense.");
        var claim = Assert.Single(document.Claims, c => c.Kind == ClaimKind.Indirect);
        Assert.Equal("the meeting was tense", document.Text[claim.Start..claim.End]);
        Assert.Equal("Globe", claim.Speaker);
    }
}
