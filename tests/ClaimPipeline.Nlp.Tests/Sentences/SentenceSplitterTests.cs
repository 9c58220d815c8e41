using ClaimPipeline.Nlp.Normalization;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Nlp.Tests.Sentences;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var document = TestStages.Run(text, [new Normalizer(), TestStages.Tokenizer, TestStages.Sentences]);
        return document.Sentences.Select(s => text[s.Start..s.End]).ToArray();
    }

    [Fact]
    public void Split_DoesNotEndAtTitlesOrMidSentenceAcronyms()
    {
        const string text = "Mr. Burns met U.S. officials in Kabul. They talked.";
        Assert.Equal(["Mr. Burns met U.S. officials in Kabul.", "They talked."], Sentences(text));
    }

    [Fact]
    public void Split_DirectionMarkAfterThePeriod_StillEndsTheSentence()
    {
        // Scraped right-to-left pages put an override or mark before each sentence; the mark belongs to no sentence.
        Assert.Equal(["Prices rose 20.", "Mary said no.", "She left."],
            Sentences("Prices rose 20. \u202EMary said no.\u202C \u200FShe left."));
    }

    [Fact]
    public void Split_AcronymBeforeASentenceOpener_EndsTheSentence()
    {
        Assert.Equal(["Troops left the U.S.", "The war ended."], Sentences("Troops left the U.S. The war ended."));
    }

    [Fact]
    public void Split_ClosingQuoteAfterThePeriod_StaysWithItsSentence()
    {
        const string text = "\u201CThey have the opportunity. They have all the resources.\u201D Biden said so.";
        Assert.Equal(["\u201CThey have the opportunity.", "They have all the resources.\u201D", "Biden said so."], Sentences(text));
    }

    [Fact]
    public void Split_QuestionInsideQuote_BeforeLowercaseCue_DoesNotEnd()
    {
        Assert.Single(Sentences("\u201CWho knows?\u201D he asked."));
    }

    [Fact]
    public void Split_LineBreaks_EndSentencesAndParagraphs_ExceptSoftWraps()
    {
        const string text = "Taliban rejects extension:\nThe Taliban has said\nthat August 31 is the deadline.\r\n\r\nNext one.";
        var document = TestStages.Run(text, [new Normalizer(), TestStages.Tokenizer, TestStages.Sentences]);
        Assert.Equal(["Taliban rejects extension:", "The Taliban has said\nthat August 31 is the deadline.", "Next one."],
            document.Sentences.Select(s => text[s.Start..s.End]));
        Assert.Equal(3, document.Paragraphs.Length);
        Assert.Equal([0, 1, 2], document.Sentences.Select(s => s.Paragraph));
    }

    [Fact]
    public void Split_Initials_DoNotEndSentences()
    {
        Assert.Single(Sentences("John F. Kennedy spoke."));
    }

    [Fact]
    public void Split_SampleArticle_SentencesCoverTokensInOrder()
    {
        var text = File.ReadAllText(RepoPaths.Data("articles", "002_cc9e05855477d095.txt"));
        var document = TestStages.Run(text, [new Normalizer(), TestStages.Tokenizer, TestStages.Sentences]);
        int expectedFirst = 0;
        foreach (var sentence in document.Sentences)
        {
            Assert.Equal(expectedFirst, sentence.FirstToken);
            Assert.True(sentence.EndToken > sentence.FirstToken);
            expectedFirst = sentence.EndToken;
        }
        Assert.Equal(document.Tokens.Length, expectedFirst);
        Assert.Equal(12, document.Paragraphs.Length); // one a non-blank line
    }
}
