namespace ClaimPipeline.Claims.Numbers.Filters;

/// <summary>
/// "3rd", "15th": an ordinal, also joined to a noun ("96th-minute", "21st-century"); "3pm", "9a.m.": a clock time.
/// Neither is a quantity.
/// </summary>
public sealed class DigitSuffixFilter : DigitFilter
{
    public override bool Rejects(ReadOnlySpan<char> token, int digits)
    {
        var suffix = token[digits..];
        if (suffix.Length > 2 && suffix[2] == '-' && suffix[..2] is "st" or "nd" or "rd" or "th") return true;
        return suffix is "st" or "nd" or "rd" or "th" or "am" or "pm" or "a.m." or "p.m.";
    }
}
