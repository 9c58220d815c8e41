using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Qualifiers;

/// <summary>
/// "more than 20,000", "nearly 64.5%", "up to £350m", "just over": a phrase from data/lexicons/qualifiers.tsv ending
/// right before the quantity, the longest first. Its code is the bound; the claim starts at the phrase.
/// </summary>
public sealed class QualifierPhrase(NumberLexicons lexicons) : QuantityQualifier
{
    /// <summary>The longest phrase in qualifiers.tsv, in tokens ("well in excess of").</summary>
    private const int MaxTokens = 4;

    public override void Apply(Document document, SentenceSpan sentence, ref QuantityDraft quantity, List<FoundQuantity> found)
    {
        int first = quantity.First;
        for (int length = MaxTokens; length >= 1; length--)
        {
            int q = first - length;
            if (q < sentence.FirstToken || lexicons.Qualifiers.Match(document, q, first, out var code) != length) continue;
            quantity.Qualifier = document.Slice(document.Tokens[q].Start, document.Tokens[first - 1].End);
            quantity.Bound = code;
            quantity.First = q;
            return;
        }
    }
}
