namespace ClaimPipeline.Claims.Numbers.Filters;

/// <summary>"0800 028 9276", "0870": a leading zero marks a phone or code number.</summary>
public sealed class LeadingZeroFilter : DigitFilter
{
    public override bool Rejects(ReadOnlySpan<char> token, int digits) => digits > 1 && token[0] == '0' && char.IsAsciiDigit(token[1]);
}
