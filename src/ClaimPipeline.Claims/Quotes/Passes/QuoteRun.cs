using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes.Passes;

/// <summary>What the passes of one document share: the quotations, and the quote claims made for them, in text order.</summary>
internal sealed class QuoteRun(QuoteContext context, List<QuotationSpan> quotations)
{
    public QuoteContext Context { get; } = context;
    public Document Document => Context.Document;

    /// <summary>Every quotation of the document, in text order, none overlapping another.</summary>
    public List<QuotationSpan> Quotations { get; } = quotations;

    /// <summary>The quote claims, in text order; they reach the document only at the last pass, which drops the weak short ones.</summary>
    public List<QuoteCandidate> Quotes { get; } = [];
}
