using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes.Rules;

/// <summary>"The judge, Carla Munro, stated:¶“…”": a quotation that opens its paragraph after a paragraph ending in a cue and a colon is that speaker's.</summary>
internal sealed class IntroParagraphRule : IQuoteRule
{
    public static readonly ClaimRule Rule = ClaimRules.QuoteIntro;

    public QuoteRuleResult Attribute(QuoteContext context, in QuotationSite quote)
    {
        var document = context.Document;
        int openToken = quote.OpenToken;
        int sentence = document.SentenceOfToken(openToken);
        if (sentence <= 0 || document.Sentences[sentence].FirstToken != openToken) return QuoteRuleResult.NoMatch;
        int paragraph = document.Sentences[sentence].Paragraph;
        if (paragraph == 0 || document.Paragraphs[paragraph].FirstSentence != sentence) return QuoteRuleResult.NoMatch;
        var intro = document.Sentences[document.Paragraphs[paragraph - 1].EndSentence - 1];
        if (ClauseReader.IntroCue(context, intro) is not var (cue, length, phrase)) return QuoteRuleResult.NoMatch;
        var quotation = quote.Quotation;
        return QuoteRuleResult.Attributed(QuoteClaims.Make(context, ClaimKind.Quote, quotation.Start, quotation.End, Rule, cue, cue + length, phrase));
    }
}
