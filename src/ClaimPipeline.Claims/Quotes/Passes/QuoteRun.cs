using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes.Passes;

/// <summary>What the passes of one document share: the quotations, and the quote claims made for them, in text order.</summary>
internal sealed class QuoteRun(QuoteContext context, List<QuotationSpan> quotations)
{
    public QuoteContext Context { get; } = context;
    public Document Document => Context.Document;

    /// <summary>Every quotation of the document, in text order, none overlapping another.</summary>
    public List<QuotationSpan> Quotations { get; } = quotations;

    /// <summary>The attribution model's features of the sentence last loaded, shared by the passes that run the model.</summary>
    public Attribution.SentenceFeatures ModelFeatures { get; } = new();

    /// <summary>The attribution model's cues per sentence, once a pass has tagged the sentence (null before).</summary>
    public List<(int First, int End)>?[]? ModelCues { get; set; }

    /// <summary>The quote claims, in text order; they reach the document only at the last pass, which drops the weak short ones.</summary>
    public List<QuoteCandidate> Quotes { get; } = [];
}
