using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims;

/// <summary>
/// The claims of a document, attached to it through a <see cref="DocumentKey{T}"/> so that the NLP core knows
/// nothing of them: <c>document.Claims</c> reads as a property of <see cref="Document"/> wherever this namespace is in
/// scope. One list holds the three claim layers (quotes, numbers, speakers): later stages read and amend the claims
/// earlier ones added.
/// </summary>
public static class DocumentClaims
{
    public static DocumentKey<List<Claim>> Key { get; } = new("claims", () => []);

    extension(Document document)
    {
        /// <summary>The claims the stages have found so far, in the order they added them (empty before any).</summary>
        public List<Claim> Claims => document.GetOrAdd(Key);
    }
}
