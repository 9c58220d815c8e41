using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes.Rules;

/// <summary>
/// "Bolton called Obama’s ignorance “disrespectful”", "the former secretary of state talked about continuing the
/// “progress”": a quotation inside a sentence with no verb of saying, whose subject is a speaker. Its verb stands
/// in for the cue. Weak evidence: a short one is as often a scare quote.
/// </summary>
internal sealed class SubjectRule : IQuoteRule
{
    public static readonly ClaimRule Rule = ClaimRules.QuoteSubject;

    public QuoteRuleResult Attribute(QuoteContext context, in QuotationSite quote)
    {
        if (!quote.InOneSentence || ClauseReader.SubjectVerb(context, quote.OpenSentence, quote.OpenToken) is not var (verb, phrase))
            return QuoteRuleResult.NoMatch;
        var quotation = quote.Quotation;
        var claim = QuoteClaims.Make(context, ClaimKind.Quote, quotation.Start, quotation.End, Rule, verb, verb + 1, phrase);
        return QuoteRuleResult.Attributed(claim, QuoteEvidence.Weak);
    }
}
