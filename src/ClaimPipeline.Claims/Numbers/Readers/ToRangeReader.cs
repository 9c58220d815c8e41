using ClaimPipeline.Claims.Numbers.Qualifiers;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// "252 to 287 miles", "between 5 and 10", "4.7%-4.8%", "2000 - 2500": a range, when the second number's unit
/// agrees. "Stoxx 50 -1.3%" is a number and a signed one. After "from", "by" or "to", or after a word of change,
/// "X to Y" is a change and a level ("rose 2% to $11.1bn"), not a range.
/// </summary>
public sealed class ToRangeReader(SecondNumberReader second, ChangeWordBefore changeBefore) : CompoundReader
{
    public override bool Read(Document document, SentenceSpan sentence, ref QuantityDraft quantity)
    {
        int limit = sentence.EndToken, end = quantity.End, t = quantity.Start;
        if (end + 1 >= limit) return false;
        var joint = document.FoldedToken(end);
        var before = t > sentence.FirstToken ? document.FoldedToken(t - 1) : default;
        bool between = before is "between" && joint is "and";
        bool dash = joint is "-" or "–" && !MinusSign.At(document, end, limit);
        bool to = (joint is "to" || dash) && !(before is "from" or "by" or "to") && changeBefore.Before(document, sentence, t) is null;
        if (!between && !to) return false;
        var unit = quantity.Unit;
        if (second.Read(document, end + 1, limit) is not { } other
            || !(unit is null || other.Unit is null || other.Unit == unit || other.Unit.StartsWith(unit + " per ", StringComparison.Ordinal)))
            return false;
        quantity.TakeRange(other);
        return true;
    }
}
