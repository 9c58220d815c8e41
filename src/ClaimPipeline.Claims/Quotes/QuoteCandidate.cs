using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes;

/// <summary>A quotation and the claim made for it, with what its speaker rests on, while the passes work on it.</summary>
internal sealed class QuoteCandidate(QuotationSpan span, Claim claim, QuoteEvidence evidence)
{
    public QuotationSpan Span { get; } = span;
    public Claim Claim { get; set; } = claim;
    public QuoteEvidence Evidence { get; set; } = evidence;

    /// <summary>Kept only from a few words on: no speaker, or only a weak one.</summary>
    public bool IsWeak => Evidence is QuoteEvidence.None or QuoteEvidence.Weak;
}
