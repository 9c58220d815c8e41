namespace ClaimPipeline.Claims.Numbers.Filters;

/// <summary>"3rd", "15th": an ordinal; "3pm", "9a.m.": a clock time. Neither is a quantity.</summary>
public sealed class DigitSuffixFilter : DigitFilter
{
    public override bool Rejects(ReadOnlySpan<char> token, int digits) =>
        token[digits..] is "st" or "nd" or "rd" or "th" or "am" or "pm" or "a.m." or "p.m.";
}
