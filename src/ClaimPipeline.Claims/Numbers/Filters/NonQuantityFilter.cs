using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Filters;

/// <summary>
/// Decides that a number read at a token is no quantity (a name, a position, a clock time, a reference…): its tokens
/// give no row and reading goes on after them. Each filter sees the quantity as read up to its place in
/// <see cref="NumberGrammar"/>.
/// </summary>
public abstract class NonQuantityFilter
{
    public abstract bool Rejects(Document document, SentenceSpan sentence, in QuantityDraft quantity);
}
