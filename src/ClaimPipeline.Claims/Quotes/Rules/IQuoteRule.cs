namespace ClaimPipeline.Claims.Quotes.Rules;

/// <summary>One way to attribute a direct quote. <see cref="QuoteFinder"/> tries the rules in its order; the first answer other than no match decides.</summary>
internal interface IQuoteRule
{
    QuoteRuleResult Attribute(QuoteContext context, in QuotationSite quote);
}
