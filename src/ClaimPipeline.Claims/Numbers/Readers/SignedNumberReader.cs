using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// "-5C", "−0.4%", "minus 20C": a minus sign (<see cref="MinusSign"/>) before digits, or the word "minus", and the
/// number after it, negated; "+0.8%": a plus sign, and the number after it, marked <see cref="NumberExpression.Plus"/>; a vague group after it ("minus thousands") is no number. The number after the sign is
/// read by the unsigned readers only, so that "minus minus …" cannot recurse.
/// </summary>
public sealed class SignedNumberReader(NumberReader unsigned, NumberLexicons lexicons) : ValueReader
{
    /// <summary>A dash (an en dash too), a plus sign or "minus".</summary>
    public override string OpeningCharacters => "-\u2013+m";

    public override NumberExpression? Read(Document document, int t, int limit)
    {
        bool digitsNext = t + 1 < limit && document.Tokens[t + 1].Kind == TokenKind.Number;
        if (digitsNext && MinusSign.PlusAt(document, t, limit))
            return unsigned.Read(document, t + 1, limit) is { Vague: false } unsignedNumber ? unsignedNumber with { First = t, Plus = true } : null;
        bool sign = digitsNext && MinusSign.At(document, t, limit);
        if (!sign && !IsMinusWord(document, t, limit)) return null;
        return unsigned.Read(document, t + 1, limit) is { Vague: false } number
            ? number with { First = t, Value = MinusSign.Negated(number.Value) }
            : null;
    }

    /// <summary>"minus 20C", "to minus 160 degrees"; not "plus or minus 3 points" (a margin) nor "10 minus 3", "ten minus three".</summary>
    private bool IsMinusWord(Document document, int t, int limit)
    {
        if (t + 1 >= limit || !document.FoldedToken(t).Equals("minus", StringComparison.OrdinalIgnoreCase)) return false;
        if (t == 0) return true;
        if (document.Tokens[t - 1].Kind == TokenKind.Number || lexicons.WordAt(document, t - 1) is not null) return false;
        return !(t >= 2 && document.FoldedToken(t - 1) is "or" or "/" && document.FoldedToken(t - 2).Equals("plus", StringComparison.OrdinalIgnoreCase));
    }
}
