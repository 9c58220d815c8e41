using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Qualifiers;

/// <summary>
/// "more than 20,000", "nearly 64.5%", "up to £350m", "just over": a phrase from data/lexicons/qualifiers.tsv ending
/// right before the quantity, the longest first. Its code is the bound; the claim starts at the phrase. A comparative
/// and "than" with one or two nouns between ("a longer period than one year", "more seats than 300") bound the
/// quantity as the phrase without them does; the claim keeps its start.
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
        if (first - 2 < sentence.FirstToken || document.FoldedToken(first - 1) is not "than") return;
        for (int gap = 1; gap <= 2; gap++)
        {
            int comparative = first - 2 - gap;
            if (comparative < sentence.FirstToken || !NounsBetween(document, comparative + 1, first - 1)) return;
            var phrase = string.Concat(document.FoldedToken(comparative), " than").ToLowerInvariant();
            if (lexicons.Qualifiers.TryGet(phrase, out var code) && code is ">" or "<")
            {
                quantity.Qualifier = document.Slice(document.Tokens[comparative].Start, document.Tokens[first - 1].End);
                quantity.Bound = code;
                return;
            }
        }
    }

    private static bool NounsBetween(Document document, int from, int end)
    {
        for (int t = from; t < end; t++)
            if (document.Tokens[t].Kind != TokenKind.Word || UnitReader.Tag(document, t) is not ("NOUN" or "ADJ")) return false;
        return true;
    }
}
