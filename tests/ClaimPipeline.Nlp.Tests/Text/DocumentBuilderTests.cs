using ClaimPipeline.Nlp.Text;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Nlp.Tests.Text;

/// <summary>The test-side DocumentBuilder makes the Document the NLP stages would make, from tokens written out.</summary>
public sealed class DocumentBuilderTests
{
    [Fact]
    public void Sentence_JoinsTokensAsNewsTextSpacesThem_WithOffsetsIntoThatText()
    {
        var document = new DocumentBuilder()
            .Sentence("“ We will win , ” Mujahid said .", tags: "PUNCT PRON AUX VERB PUNCT PUNCT PROPN VERB PUNCT")
            .Entity("Mujahid", EntityLabel.Person)
            .Build();
        Assert.Equal("“We will win,” Mujahid said.", document.Text);
        Assert.Equal("\"We will win,\" Mujahid said.", document.Folded);
        Assert.Equal(["“", "We", "will", "win", ",", "”", "Mujahid", "said", "."], Enumerable.Range(0, document.Tokens.Length).Select(t => document.TokenText(t).ToString()));
        Assert.Equal(TokenKind.Punctuation, document.Tokens[0].Kind);
        Assert.Equal(TokenKind.Word, document.Tokens[1].Kind);
        var entity = Assert.Single(document.Entities);
        Assert.Equal((6, 7, "Mujahid", EntityLabel.Person), (entity.FirstToken, entity.EndToken, document.Slice(entity.Start, entity.End), entity.Label));
        Assert.Equal(["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"], document.Tags.Select(tag => document.TagNames[tag]));
        Assert.Equal(new SentenceSpan(0, 9, 0, document.Text.Length, 0), Assert.Single(document.Sentences));
    }

    [Fact]
    public void Paragraphs_AreSeparatedByABlankLine_AndSentencesKnowTheirParagraph()
    {
        var document = new DocumentBuilder()
            .Sentence("The minister resigned .").Sentence("He gave no reason .")
            .Paragraph()
            .Sentence("Talks resume on Monday .")
            .Published(new DateOnly(2024, 3, 1))
            .Build("article");
        Assert.Equal("The minister resigned. He gave no reason.\n\nTalks resume on Monday.", document.Text);
        Assert.Equal([0, 0, 1], document.Sentences.Select(s => s.Paragraph));
        Assert.Equal([new ParagraphSpan(0, 2, 0, 41), new ParagraphSpan(2, 3, 43, 66)], document.Paragraphs);
        Assert.Equal("He gave no reason.", document.Slice(document.Sentences[1].Start, document.Sentences[1].End));
        Assert.Equal(1, document.SentenceOfToken(document.TokenAt(document.Text.IndexOf("reason", StringComparison.Ordinal))));
        Assert.Equal(("article", new DateOnly(2024, 3, 1)), (document.Id, document.Published));
        Assert.Empty(document.Tags);
        Assert.Empty(document.Entities);
    }

    [Fact]
    public void StraightQuotes_OpenAndCloseInTurn_AndClitics_NumbersAndSymbols_AreSpacedAsWritten()
    {
        var document = new DocumentBuilder()
            .Sentence("He said \" it is n't over \" , and prices rose 5 % to $ 20,000 ( Reuters ' figures ) .")
            .Build();
        Assert.Equal("He said \"it isn't over\", and prices rose 5% to $20,000 (Reuters' figures).", document.Text);
        Assert.Equal(TokenKind.Number, document.Tokens[document.TokenAt(document.Text.IndexOf("20,000", StringComparison.Ordinal))].Kind);
        Assert.Equal(TokenKind.Symbol, document.Tokens[document.TokenAt(document.Text.IndexOf('$'))].Kind);
    }

    [Fact]
    public void EntitiesByTokenRange_AreSortedAndFoundByTokenAndOffset()
    {
        var document = new DocumentBuilder()
            .Sentence("Officials in Kabul told Reuters on Monday .")
            .Entity(4, 5, EntityLabel.Org)
            .Entity(2, 3, EntityLabel.Loc)
            .Build();
        Assert.Equal([EntityLabel.Loc, EntityLabel.Org], document.Entities.Select(e => e.Label));
        Assert.Equal(1, document.EntityAtToken(4));
        Assert.Equal(-1, document.EntityAtToken(3));
        Assert.Equal("Reuters", document.Slice(document.Entities[1].Start, document.Entities[1].End));
    }

    [Fact]
    public void MistakesInTheTestSetup_AreReported_NotBuiltIntoAStrangeDocument()
    {
        Assert.Throws<ArgumentException>(() => new DocumentBuilder().Sentence("He said .", tags: "PRON VERB"));
        Assert.Throws<ArgumentException>(() => new DocumentBuilder().Sentence("He said .", tags: "PRON VRB PUNCT"));
        Assert.Throws<InvalidOperationException>(() => new DocumentBuilder().Sentence("Kabul and Kabul .").Entity("Kabul", EntityLabel.Loc).Build());
        Assert.Throws<InvalidOperationException>(() => new DocumentBuilder().Sentence("New York City .")
            .Entity(0, 2, EntityLabel.Loc).Entity(1, 3, EntityLabel.Loc).Build());
        Assert.Throws<InvalidOperationException>(() => new DocumentBuilder()
            .Sentence("He said .", tags: "PRON VERB PUNCT").Sentence("It rained .").Build());
    }

    /// <summary>The builder's layout is the real stages' layout: the same tokens, sentences and paragraphs from the same text.</summary>
    [Fact]
    public void TheBuiltDocument_HasTheTokensSentencesAndParagraphsTheStagesFind()
    {
        var built = new DocumentBuilder()
            .Sentence("“ It 's over , ” said Gen. Mark Milley , who leads the U.S. military .")
            .Sentence("More than 20,000 people left on Monday ( officials said ) .")
            .Sentence("He said \" it is n't over \" , and prices rose 5 % to $ 20,000 ( Reuters ' figures ) .")
            .Paragraph()
            .Sentence("The Taliban 's spokesman did n't reply .")
            .Build();
        var staged = TestStages.Run(built.Text, TestStages.Nlp[..3]);
        Assert.Equal(staged.Folded, built.Folded);
        Assert.Equal(staged.Tokens, built.Tokens);
        Assert.Equal(staged.Sentences, built.Sentences);
        Assert.Equal(staged.Paragraphs, built.Paragraphs);
    }
}
