namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// A quantity while <see cref="QuantityReader"/> reads it at one token, passed by reference through the readers,
/// filters and qualifiers of <see cref="NumberGrammar"/> (a struct, so reading allocates nothing until a claim is
/// made). Token indices are document-wide; ends are exclusive.
/// </summary>
public struct QuantityDraft
{
    /// <summary>Where reading started: the currency sign when there is one ("$800 million"), else the number.</summary>
    public int Start { get; set; }

    /// <summary>The first token of the number itself, after any currency sign.</summary>
    public int NumberStart { get; set; }

    /// <summary>The unit a currency sign before the number gives ("dollar" for "$"), or null.</summary>
    public string? Currency { get; set; }

    /// <summary>A minus sign stood before the currency sign ("-£3bn"): the number is negated once read.</summary>
    public bool MinusBeforeCurrency { get; set; }

    public NumberExpression Number { get; set; }

    public string? Unit { get; set; }

    /// <summary>The end of the quantity's text as read so far: the number, its unit, a range's second number, "or more", "ago".</summary>
    public int End { get; set; }

    /// <summary>The other end of a range ("252 to 287 miles"), or null.</summary>
    public double? High { get; set; }

    /// <summary>The first token of the claim: a qualifier's first word ("more than 20,000"), else <see cref="Start"/>.</summary>
    public int First { get; set; }

    /// <summary>The qualifier as written ("more than", "nearly"), or null.</summary>
    public string? Qualifier { get; set; }

    /// <summary>The qualifier's code: = ~ &gt; &lt; (exact, approximate, lower bound, upper bound), or null.</summary>
    public string? Bound { get; set; }

    /// <summary>The time column: set by the "ago" reader ("11 years ago").</summary>
    public string? Time { get; set; }

    /// <summary>The change column as a code (= ~ &gt; &lt; up down); null until the change qualifiers set it.</summary>
    public string? Change { get; set; }

    /// <summary>A qualifier that reads as a level ("went up to", "exactly") keeps "=": no word of change makes it up or down.</summary>
    public readonly bool KeepsLevel => Bound == "=" && Qualifier is not null;

    /// <summary>
    /// A range's second number: its value is the other end; its unit replaces a missing or per-less one. A scale
    /// written only after the second number applies to both ("1 to 2 thousand", "between 5 and 10 million": 1000 to
    /// 2000), when the first is positive and, so scaled, no larger than the second ("from 500 to 2 million" keeps 500).
    /// </summary>
    public void TakeRange(in Readers.SecondNumber second)
    {
        var number = Number;
        if (number.Scale <= 1 && second.Scale > 1 && !number.Vague && !number.Fraction && number.Value > 0 && number.Value * second.Scale <= second.Value)
            Number = number with { Value = Readers.ScaledValue.Times(number.Value, second.Scale), Scale = second.Scale };
        High = second.Value;
        if (Unit is null || second.Unit?.StartsWith(Unit + " per ", StringComparison.Ordinal) == true) Unit = second.Unit;
        End = second.End;
    }
}
