namespace ClaimPipeline.Claims.Quotes.Passes;

/// <summary>A step after direct-quote attribution that reads or changes the quote claims found so far. <see cref="QuoteFinder"/> runs them in its order.</summary>
internal interface IQuotePass
{
    void Run(QuoteRun run);
}
