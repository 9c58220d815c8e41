namespace ClaimPipeline.Claims.Quotes.Passes;

/// <summary>
/// Adds the quote claims to the document, but a short quotation attributed only by proximity or by a sentence's
/// subject (or continuing such a quotation, or with no speaker at all) is more often a scare quote than speech:
/// it is dropped below <see cref="QuoteFinderOptions.MinUnattributedWords"/> words.
/// </summary>
internal sealed class WeakQuotePass : IQuotePass
{
    public void Run(QuoteRun run)
    {
        var document = run.Document;
        int minWords = run.Context.Options.MinUnattributedWords;
        foreach (var quote in run.Quotes)
            if (!quote.IsWeak || QuoteText.WordCount(document, quote.Span.Start, quote.Span.End) >= minWords)
                document.Claims.Add(quote.Claim);
    }
}
