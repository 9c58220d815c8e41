using ClaimPipeline.Claims.Cues;

namespace ClaimPipeline.Claims.Quotes.Rules;

/// <summary>"his memoir titled “The Back Channel”", "a plan dubbed “Operation Clean Sweep”": the nearest cue before the quotation names a work, so it is not speech.</summary>
internal sealed class TitleCueRule : IQuoteRule
{
    public QuoteRuleResult Attribute(QuoteContext context, in QuotationSite quote) =>
        quote.CueBefore is { Class: CueClass.Title } ? QuoteRuleResult.NotSpeech : QuoteRuleResult.NoMatch;
}
