using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// "11 years ago": "ago" after a quantity with a unit joins it and gives its time, resolved against the publication
/// date ("2010") when the article has one and the unit is one of time, else as written.
/// </summary>
public sealed class AgoReader
{
    public void Read(Document document, SentenceSpan sentence, ref QuantityDraft quantity)
    {
        int end = quantity.End;
        if (end >= sentence.EndToken || document.FoldedToken(end) is not "ago" || quantity.Unit is not { } unit) return;
        var time = document.Published is { } published ? TimeResolver.Ago(published, quantity.Number.Value, unit) : null;
        quantity.Time = time ?? document.Slice(document.Tokens[quantity.NumberStart].Start, document.Tokens[end].End);
        quantity.End = end + 1;
    }
}
