namespace ClaimPipeline.Claims.Quotes.Rules;

/// <summary>"the film “Gone With The Wind”": a short Title Case quotation with no sentence punctuation names a work, so it is not speech.</summary>
internal sealed class TitleCaseRule : IQuoteRule
{
    public QuoteRuleResult Attribute(QuoteContext context, in QuotationSite quote) =>
        QuoteText.LooksLikeTitle(context.Document, quote.Quotation) ? QuoteRuleResult.NotSpeech : QuoteRuleResult.NoMatch;
}
