using ClaimPipeline.Claims.Numbers;
using ClaimPipeline.Nlp.Normalization;
using ClaimPipeline.Nlp.Text;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Claims.Tests.Numbers.Grammar;

/// <summary>
/// Documents built by hand for the number rules: the normalizer, tokenizer and sentence splitter run, no model;
/// part-of-speech tags are set by hand where a rule reads them. The lexicons are the shipped data files.
/// </summary>
internal static class HandBuilt
{
    private static readonly string[] Upos =
        ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"];

    public static NumberLexicons Lexicons => ClaimStages.NumberLexicons;

    public static NumberGrammar Grammar { get; } = new(Lexicons);

    public static Document Text(string text, DateOnly? published = null) =>
        TestStages.Run(text, [new Normalizer(), TestStages.Tokenizer, TestStages.Sentences], published);

    /// <summary>Tags every token written <paramref name="token"/> with the UPOS tag <paramref name="upos"/>; other tokens are X.</summary>
    public static Document Tag(this Document document, string token, string upos)
    {
        if (document.TagNames.Length == 0)
        {
            document.TagNames = Upos;
            document.Tags = Enumerable.Repeat((byte)Array.IndexOf(Upos, "X"), document.Tokens.Length).ToArray();
        }
        byte tag = (byte)Array.IndexOf(Upos, upos);
        Assert.True(Array.IndexOf(Upos, upos) >= 0, $"not a UPOS tag: {upos}");
        for (int t = 0; t < document.Tokens.Length; t++)
            if (document.TokenText(t).SequenceEqual(token)) document.Tags[t] = tag;
        return document;
    }

    /// <summary>The index of the first token written <paramref name="text"/>, or of the n-th one.</summary>
    public static int Token(this Document document, string text, int nth = 0)
    {
        for (int t = 0; t < document.Tokens.Length; t++)
            if (document.TokenText(t).SequenceEqual(text) && nth-- == 0) return t;
        throw new InvalidOperationException($"no token '{text}' in: {string.Join(" | ", Enumerable.Range(0, document.Tokens.Length).Select(t => document.TokenText(t).ToString()))}");
    }

    public static SentenceSpan SentenceOf(this Document document, int token) => document.Sentences[document.SentenceOfToken(token)];

    /// <summary>
    /// The quantity as <see cref="QuantityReader"/> has it once the number at token <paramref name="text"/> is read
    /// by the grammar's value readers (no currency sign): it starts and ends with the number.
    /// </summary>
    public static QuantityDraft Draft(this Document document, string text, int nth = 0)
    {
        int t = document.Token(text, nth);
        var number = Grammar.Numbers.Read(document, t, document.SentenceOf(t).EndToken)
            ?? throw new InvalidOperationException($"no number at '{text}'");
        return new QuantityDraft { Start = t, NumberStart = t, First = t, Number = number, End = number.End };
    }

    /// <summary>The text of tokens [first, end).</summary>
    public static string Words(this Document document, int first, int end) =>
        document.Slice(document.Tokens[first].Start, document.Tokens[end - 1].End);

    /// <summary>The numeric claims the number stage finds in the text, run on its own (no model, no quotes).</summary>
    public static List<Claim> Numbers(string text, DateOnly? published = null)
    {
        var document = Text(text, published);
        new NumberFinder(Lexicons).Process(document, CancellationToken.None);
        return document.Claims;
    }
}
