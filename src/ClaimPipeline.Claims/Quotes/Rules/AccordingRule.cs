using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Claims.Cues;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes.Rules;

/// <summary>"According to The Guardian, “…”", "as reported by Reuters, “…”": the source is named after the cue before the quotation.</summary>
internal sealed class AccordingRule : IQuoteRule
{
    public static readonly ClaimRule Rule = ClaimRules.QuoteAccording;

    public QuoteRuleResult Attribute(QuoteContext context, in QuotationSite quote)
    {
        if (quote.CueBefore is not { Class: CueClass.According, Phrase: { } phrase } cue) return QuoteRuleResult.NoMatch;
        var quotation = quote.Quotation;
        return QuoteRuleResult.Attributed(QuoteClaims.Make(context, ClaimKind.Quote, quotation.Start, quotation.End, Rule, cue.Cue, cue.CueEnd, phrase));
    }
}
