using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Claims.Cues;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes.Rules;

/// <summary>"Biden said: “…”", "what President Biden called “…”", "said Mr. Lee: “…”": a verb of saying before the quotation, its speaker beside it.</summary>
internal sealed class CueBeforeRule : IQuoteRule
{
    public static readonly ClaimRule Rule = ClaimRules.QuoteCueBefore;

    public QuoteRuleResult Attribute(QuoteContext context, in QuotationSite quote)
    {
        if (quote.CueBefore is not { Phrase: { } phrase } cue || cue.Class == CueClass.According) return QuoteRuleResult.NoMatch;
        var quotation = quote.Quotation;
        return QuoteRuleResult.Attributed(QuoteClaims.Make(context, ClaimKind.Quote, quotation.Start, quotation.End, Rule, cue.Cue, cue.CueEnd, phrase));
    }
}
