using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Claims.Cues;
using ClaimPipeline.Claims.Quotes.Reported;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Quotes;

/// <summary>The reported-speech handler of each cue class on its own, on documents built by hand (no model).</summary>
public sealed class ReportedSpeechHandlerTests
{
    /// <summary>What the handler reads at the first cue spelled <paramref name="cueWord"/>.</summary>
    private static Claim? Find(IReportedSpeechHandler handler, Document document, string cueWord)
    {
        var context = HandBuilt.Context(document);
        for (int t = 0; t < document.Tokens.Length; t++)
        {
            if (!document.TokenText(t).SequenceEqual(cueWord)) continue;
            Assert.True(context.TryCueAt(t, out var cue, out int length), $"'{cueWord}' is no cue here");
            var sentence = document.Sentences[document.SentenceOfToken(t)];
            return handler.Find(context, sentence, t, length, cue);
        }
        throw new InvalidOperationException($"no token '{cueWord}'");
    }

    private static Document WithAnnLee(string text) => HandBuilt.Text(text).Entity("Ann Lee", EntityLabel.Person);

    [Fact]
    public void According_SourceAfterTheCue_WordsAfterIt()
    {
        var document = HandBuilt.Text("According to the ministry, 40 people died in the floods.");
        var claim = Find(new AccordingHandler(), document, "According")!;
        Assert.Equal("indirect.according", claim.Rule.Name);
        Assert.Equal("40 people died in the floods", document.Text(claim));
        Assert.Equal("the ministry", document.Mention(claim));
    }

    [Theory]
    [InlineData("The plan will fail, Ann Lee said.", "Ann Lee")]
    [InlineData("The plan will fail, said Ann Lee, director of the center.", "Ann Lee")]
    public void ClauseBeforeCue_SpeakerAndCueCloseTheSentence(string text, string mention)
    {
        var document = WithAnnLee(text);
        var claim = Find(new ClauseBeforeCue(), document, "said")!;
        Assert.Equal("indirect.cue-after", claim.Rule.Name);
        Assert.Equal("The plan will fail", document.Text(claim));
        Assert.Equal(mention, document.Mention(claim));
    }

    [Theory]
    [InlineData("Ann Lee said that the plan would fail.", "said", "indirect.that", "the plan would fail")]
    [InlineData("Ann Lee asked whether the plan would pass.", "asked", "indirect.ask", "whether the plan would pass")]
    [InlineData("Ann Lee said the plan would fail.", "said", "indirect.say", "the plan would fail")]
    [InlineData("Ann Lee told him the plan would fail.", "told", "indirect.say", "the plan would fail")]
    public void ClauseAfterCue_TheClauseAfterTheCue(string text, string cue, string rule, string words)
    {
        var document = WithAnnLee(text);
        var claim = Find(new ClauseAfterCue(), document, cue)!;
        Assert.Equal(rule, claim.Rule.Name);
        Assert.Equal(words, document.Text(claim));
        Assert.Equal("Ann Lee", document.Mention(claim));
    }

    [Fact]
    public void ClauseAfterCue_StopsBeforeASecondAttribution()
    {
        var document = WithAnnLee("Ann Lee said that the plan would fail, and Tom Reyes said it would pass.").Entity("Tom Reyes", EntityLabel.Person);
        Assert.Equal("the plan would fail", document.Text(Find(new ClauseAfterCue(), document, "said")!));
    }

    [Fact]
    public void SpeechCue_PrefersTheClauseBeforeTheCue()
    {
        var document = WithAnnLee("The plan will fail, Ann Lee said.");
        Assert.Equal("indirect.cue-after", Find(new SpeechCueHandler(), document, "said")!.Rule.Name);
    }

    [Fact]
    public void Intent_TheInfinitiveAfterTheCue()
    {
        var document = WithAnnLee("Ann Lee vowed to rebuild the bridge by May.");
        var claim = Find(new IntentHandler(), document, "vowed")!;
        Assert.Equal("indirect.intent", claim.Rule.Name);
        Assert.Equal("rebuild the bridge by May", document.Text(claim));
        Assert.Null(Find(new IntentHandler(), WithAnnLee("Ann Lee vowed revenge on Monday."), "vowed"));
    }

    [Fact]
    public void CueClasses_EveryClassButTitleAndSetting_ReportsSpeech()
    {
        // The lexicon's classes, so that a new class cannot be added without deciding its handler.
        Assert.Equal(
            [CueClass.Speech, CueClass.According, CueClass.Report, CueClass.Intent, CueClass.Title, CueClass.Setting],
            Enum.GetValues<CueClass>());
        var document = HandBuilt.Text("The plan, dubbed the clean sweep of the streets by its critics, failed.");
        new ClaimPipeline.Claims.Quotes.Passes.ReportedSpeechPass().RunPass(document);
        Assert.Empty(document.Claims);
    }
}
