using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// Reads a second number that belongs to the quantity (a range's other end, a ratio's second term) and applies it:
/// true when it did. The compound readers of <see cref="NumberGrammar"/> are tried in order; the first that
/// applies wins.
/// </summary>
public abstract class CompoundReader
{
    public abstract bool Read(Document document, SentenceSpan sentence, ref QuantityDraft quantity);
}
