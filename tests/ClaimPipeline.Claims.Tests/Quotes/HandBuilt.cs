using ClaimPipeline.Claims.Cues;
using ClaimPipeline.Claims.Quotes;
using ClaimPipeline.Claims.Quotes.Passes;
using ClaimPipeline.Claims.Quotes.Rules;
using ClaimPipeline.Nlp.Normalization;
using ClaimPipeline.Nlp.Text;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Claims.Tests.Quotes;

/// <summary>
/// Documents built without any model, for testing one quote rule or pass at a time: the text is normalised,
/// tokenised and split into sentences by the stages in data/, and the entities and part-of-speech tags a test needs
/// are set by hand, so a retrained model cannot change what these tests see.
/// </summary>
internal static class HandBuilt
{
    /// <summary>The tag every token has unless a test sets another: PUNCT for punctuation, else X (no claim either way).</summary>
    private static readonly string[] TagNames = ["X", "PUNCT", "NOUN", "PROPN", "VERB", "AUX", "ADV", "ADJ", "PART", "DET", "PRON", "ADP"];

    public static SpeakerPhraseFinder Speakers { get; } = new(TestStages.Names);

    public static CueLexicon Cues { get; } = CueLexicon.Load(RepoPaths.Lexicon("speech-cues.tsv"), TestStages.Tokenizer);

    public static QuoteFinder Finder { get; } = new(Cues, Speakers, new QuoteFinderOptions());

    /// <summary>The text with its tokens, sentences and paragraphs; no tags, no entities.</summary>
    public static Document Text(string text) => TestStages.Run(text, [new Normalizer(), TestStages.Tokenizer, TestStages.Sentences]);

    /// <summary>Marks the <paramref name="occurrence"/>-th <paramref name="words"/> of the text as an entity.</summary>
    public static Document Entity(this Document document, string words, EntityLabel label, int occurrence = 0)
    {
        int start = -1;
        for (int i = 0; i <= occurrence; i++)
            start = document.Text.IndexOf(words, start + 1, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{words}' is not in the text");
        int first = document.TokenAt(start);
        int end = document.TokenAt(start + words.Length - 1) + 1;
        var entity = new EntitySpan(first, end, document.Tokens[first].Start, document.Tokens[end - 1].End, label);
        document.Entities = [.. document.Entities.Append(entity).OrderBy(e => e.FirstToken)];
        return document;
    }

    /// <summary>Gives every token spelled <paramref name="word"/> the tag; the first call tags all other tokens X or PUNCT.</summary>
    public static Document Tag(this Document document, string word, string tag)
    {
        if (document.Tags.Length == 0)
        {
            document.TagNames = TagNames;
            document.Tags = new byte[document.Tokens.Length];
            for (int t = 0; t < document.Tokens.Length; t++)
                document.Tags[t] = (byte)(document.Tokens[t].Kind == TokenKind.Punctuation ? 1 : 0);
        }
        byte index = (byte)Array.IndexOf(TagNames, tag);
        Assert.True(index < TagNames.Length, $"unknown tag {tag}");
        bool found = false;
        for (int t = 0; t < document.Tokens.Length; t++)
            if (document.TokenText(t).SequenceEqual(word)) (document.Tags[t], found) = (index, true);
        Assert.True(found, $"no token '{word}'");
        return document;
    }

    /// <summary>The quote stage's state for the document: its cues, its quotations, the rules' reader and options.</summary>
    public static QuoteContext Context(Document document)
    {
        var context = new QuoteContext(document, Cues, Speakers, new QuoteFinderOptions());
        context.MarkQuoted(QuotationScanner.Scan(document));
        return context;
    }

    /// <summary>What the rule says about the <paramref name="index"/>-th quotation of the document.</summary>
    public static QuoteRuleResult Apply(this IQuoteRule rule, Document document, int index = 0)
    {
        var context = Context(document);
        var quotation = QuotationScanner.Scan(document)[index];
        Assert.True(QuotationSite.TryRead(context, quotation, out var site));
        return rule.Attribute(context, site);
    }

    /// <summary>The quotes as the rules attributed them, with the pass run over them.</summary>
    public static QuoteRun RunPass(this IQuotePass pass, Document document)
    {
        var run = Finder.Attribute(document);
        pass.Run(run);
        return run;
    }

    public static string? CueText(this Document document, Claim claim) =>
        claim.CueStart >= 0 ? document.Slice(claim.CueStart, claim.CueEnd) : null;
}
