using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>"one in 10,000 consoles": a ratio's first term counts what the second counts (it takes its unit).</summary>
public sealed class RatioReader(SecondNumberReader second) : CompoundReader
{
    public override bool Read(Document document, SentenceSpan sentence, ref QuantityDraft quantity)
    {
        int limit = sentence.EndToken, end = quantity.End;
        if (quantity.Unit is not null || quantity.Number.Value != 1 || end + 1 >= limit || document.FoldedToken(end) is not "in"
            || second.Read(document, end + 1, limit) is not { Unit: { } unit })
            return false;
        quantity.Unit = unit;
        return true;
    }
}
