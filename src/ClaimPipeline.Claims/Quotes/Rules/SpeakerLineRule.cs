using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes.Rules;

/// <summary>
/// "Maria Lopez, 34, Phoenix:¶“…”": a short paragraph naming someone and ending in a colon introduces the quote
/// that opens the next paragraph, as in lists of reactions and interviews.
/// </summary>
internal sealed class SpeakerLineRule : IQuoteRule
{
    public static readonly ClaimRule Rule = ClaimRules.QuoteSpeakerLine;

    private const int MaxSpeakerLineTokens = 15;

    public QuoteRuleResult Attribute(QuoteContext context, in QuotationSite quote)
    {
        if (SpeakerLine(context, quote.OpenToken) is not var (colon, phrase)) return QuoteRuleResult.NoMatch;
        var quotation = quote.Quotation;
        return QuoteRuleResult.Attributed(QuoteClaims.Make(context, ClaimKind.Quote, quotation.Start, quotation.End, Rule, colon, colon + 1, phrase));
    }

    private static (int Colon, SpeakerPhrase Phrase)? SpeakerLine(QuoteContext context, int openToken)
    {
        var document = context.Document;
        int sentence = document.SentenceOfToken(openToken);
        if (sentence <= 0 || document.Sentences[sentence].FirstToken != openToken) return null;
        int paragraph = document.Sentences[sentence].Paragraph;
        if (paragraph == 0 || document.Paragraphs[paragraph].FirstSentence != sentence) return null;
        var previous = document.Paragraphs[paragraph - 1];
        int first = document.Sentences[previous.FirstSentence].FirstToken;
        int colon = document.Sentences[previous.EndSentence - 1].EndToken - 1;
        if (colon <= first || colon - first > MaxSpeakerLineTokens || document.FoldedToken(colon) is not ":") return null;
        var phrase = context.Speakers.FindRight(document, first, colon);
        if (phrase is not { Kind: SpeakerPhraseKind.Name } found || found.First != first) return null;
        return (colon, found);
    }
}
