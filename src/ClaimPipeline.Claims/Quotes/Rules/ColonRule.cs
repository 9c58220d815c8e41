using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes.Rules;

/// <summary>"Republican pollster Daron Shaw: “…”", "She then addressed the supporters again: “…”": a colon right before the quotation, after its speaker or a clause about them.</summary>
internal sealed class ColonRule : IQuoteRule
{
    public static readonly ClaimRule Rule = ClaimRules.QuoteColon;

    public QuoteRuleResult Attribute(QuoteContext context, in QuotationSite quote)
    {
        var document = context.Document;
        int colon = quote.OpenToken - 1;
        if (colon <= quote.SentenceStart || document.FoldedToken(colon) is not ":") return QuoteRuleResult.NoMatch;
        var speakers = context.Speakers;
        if ((speakers.FindLeft(document, colon, quote.SentenceStart) ?? speakers.SubjectOfClause(document, quote.SentenceStart, colon)) is not { } introduced)
            return QuoteRuleResult.NoMatch;
        var quotation = quote.Quotation;
        return QuoteRuleResult.Attributed(QuoteClaims.Make(context, ClaimKind.Quote, quotation.Start, quotation.End, Rule, colon, colon + 1, introduced));
    }
}
