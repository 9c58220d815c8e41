namespace ClaimPipeline.Claims.Quotes.Passes;

/// <summary>
/// "described the ban as “ridiculous” and “badly thought out”": every quotation of the clause finds the same cue
/// and makes the same clause, which is one claim, the first quotation's.
/// </summary>
internal sealed class MixedClausePass : IQuotePass
{
    public void Run(QuoteRun run)
    {
        QuoteCandidate? lastMixed = null;
        run.Quotes.RemoveAll(quote =>
        {
            if (quote.Evidence != QuoteEvidence.MixedClause) return false;
            if (lastMixed is not null && lastMixed.Claim.Start == quote.Claim.Start && lastMixed.Claim.End == quote.Claim.End) return true;
            lastMixed = quote;
            return false;
        });
    }
}
