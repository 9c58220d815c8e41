using ClaimPipeline.Nlp.Normalization;
using ClaimPipeline.Nlp.Text;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Nlp.Tests.Tokenization;

public sealed class TokenizerTests
{
    private static string[] Tokens(string text)
    {
        var document = TestStages.Run(text, [new Normalizer(), TestStages.Tokenizer]);
        return document.Tokens.Select(t => text[t.Start..t.End]).ToArray();
    }

    [Theory]
    [InlineData("C.I.A. director William Burns", new[] { "C.I.A.", "director", "William", "Burns" })]
    [InlineData("pressured the U.S. to extend", new[] { "pressured", "the", "U.S.", "to", "extend" })]
    [InlineData("more than 20,000 people", new[] { "more", "than", "20,000", "people" })]
    [InlineData("between now and the 31st to", new[] { "between", "now", "and", "the", "31st", "to" })]
    [InlineData("the Taliban re-gained the levers", new[] { "the", "Taliban", "re-gained", "the", "levers" })]
    [InlineData("Mr. Burns had", new[] { "Mr.", "Burns", "had" })]
    [InlineData("a 1.5 rise", new[] { "a", "1.5", "rise" })]
    [InlineData("it cost $800.", new[] { "it", "cost", "$", "800", "." })]
    public void Tokenize_KeepsAbbreviationsNumbersAndHyphenatedWordsWhole(string text, string[] expected) =>
        Assert.Equal(expected, Tokens(text));

    [Fact]
    public void Tokenize_SplitsClitics_WithCurlyApostrophes()
    {
        Assert.Equal(["the", "Taliban", "\u2019s", "lead"], Tokens("the Taliban\u2019s lead"));
        Assert.Equal(["It", "\u2019s", "unclear"], Tokens("It\u2019s unclear"));
        Assert.Equal(["they", "do", "n't", "know"], Tokens("they don't know"));
        Assert.Equal(["O'Brien", "said"], Tokens("O'Brien said"));
    }

    [Fact]
    public void Tokenize_CurlyQuotesAndNonBreakingSpaces_AreSeparateFromWords()
    {
        Assert.Equal(["\u201C", "no", "extensions", ".", "\u201D"], Tokens("\u201Cno\u00A0extensions.\u201D"));
    }

    [Fact]
    public void Tokenize_UrlsAndEmails_StayWhole_WithoutTrailingPunctuation()
    {
        Assert.Equal(["see", "https://example.org/a?b=1", "."], Tokens("see https://example.org/a?b=1."));
        Assert.Equal(["mail", "press@example.org", "now"], Tokens("mail press@example.org now"));
    }

    [Theory]
    [InlineData("CIA Director William Burns held a secret meeting in Kabul, The Washington Post reports.")]
    [InlineData("\u201CIt was the American plan,\u201D Mujahid said.\r\n\r\nBut he said\u2026 \u00A0ok")]
    [InlineData("emoji \U0001F600 and \uD800 lone surrogate \u200B zero width \u0000 nul")]
    public void Tokenize_IsNonDestructive_OnlyWhitespaceBetweenTokens(string text)
    {
        var document = TestStages.Run(text, [new Normalizer(), TestStages.Tokenizer]);
        Assert.Equal(text, document.Text);
        int previousEnd = 0;
        foreach (var token in document.Tokens)
        {
            Assert.True(token.Start >= previousEnd && token.End > token.Start && token.End <= text.Length);
            Assert.True(string.IsNullOrWhiteSpace(TextFolder.Fold(text[previousEnd..token.Start]).Replace('\0', ' ')));
            previousEnd = token.End;
        }
        Assert.True(string.IsNullOrWhiteSpace(TextFolder.Fold(text[previousEnd..]).Replace('\0', ' ')));
    }

    [Fact]
    public void Tokenize_KindsTellNumbersFromWordsAndPunctuation()
    {
        var document = TestStages.Run("8 years, ok", [new Normalizer(), TestStages.Tokenizer]);
        Assert.Equal([TokenKind.Number, TokenKind.Word, TokenKind.Punctuation, TokenKind.Word], document.Tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Tokenize_NumberBeforeAClitic_IsStillANumber()
    {
        var document = TestStages.Run("the 24-year-old's album", [new Normalizer(), TestStages.Tokenizer]);
        Assert.Equal([TokenKind.Word, TokenKind.Number, TokenKind.Word, TokenKind.Word], document.Tokens.Select(t => t.Kind));
    }
}
