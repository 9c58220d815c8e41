using ClaimPipeline.Claims.Numbers.Qualifiers;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// "252 to 287 miles", "between 5 and 10", "20 through 100", "4.7%-4.8%", "2000 - 2500", "8- to 16-metre": a range,
/// when the second number's unit agrees; "$7/$9", "5%/10%": alternatives of one unit written on both numbers.
/// "Stoxx 50 -1.3%" is a number and a signed one. After "from", "by" or "to", or after a word of change, "X to Y" is a
/// change and a level ("rose 2% to $11.1bn"), not a range.
/// </summary>
public sealed class ToRangeReader(SecondNumberReader second, ChangeWordBefore changeBefore) : CompoundReader
{
    public override bool Read(Document document, SentenceSpan sentence, ref QuantityDraft quantity)
    {
        int limit = sentence.EndToken, end = quantity.End, t = quantity.Start;
        var before = t > sentence.FirstToken ? document.FoldedToken(t - 1) : default;
        // "between eight and fifteen kilometres": the counted noun was read past "and" and the second number, whose
        // unit it is; the range starts at "and", and takes the second number's unit.
        bool unitPastAnd = Is(before, "between") && quantity.Number.End < end && document.FoldedToken(quantity.Number.End) is "and";
        if (unitPastAnd) end = quantity.Number.End;
        if (end + 1 >= limit) return false;
        var joint = document.FoldedToken(end);
        bool between = Is(before, "between") && joint is "and";
        bool dash = joint is "-" or "–" && !MinusSign.At(document, end, limit);
        // "8- to 16-metre", "two- to three-year": a suspended hyphen before "to"
        int next = dash && document.FoldedToken(end + 1) is "to" && document.Tokens[end].Start == document.Tokens[end - 1].End ? end + 2 : end + 1;
        bool to = (joint is "to" or "through" || dash) && !(Is(before, "from") || Is(before, "by") || Is(before, "to"))
            && changeBefore.Before(document, sentence, t) is null;
        bool slash = joint is "/" && quantity.Unit is not null;
        if (!between && !to && !slash) return false;
        var unit = unitPastAnd ? null : quantity.Unit;
        if (second.Read(document, next, limit) is not { } other) return false;
        bool agrees = slash
            ? other.Unit == unit && other.Value > quantity.Number.Value
            : unit is null || other.Unit is null || other.Unit == unit || other.Unit.StartsWith(unit + " per ", StringComparison.Ordinal);
        if (!agrees) return false;
        if (unitPastAnd) quantity.Unit = null;
        quantity.TakeRange(other);
        return true;
    }

    private static bool Is(ReadOnlySpan<char> word, string expected) => word.Equals(expected, StringComparison.OrdinalIgnoreCase);
}
