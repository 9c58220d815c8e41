namespace ClaimPipeline.Claims.Numbers.Filters;

/// <summary>
/// "2-1", "2007-2013", "5-": digits and a dash not followed by a letter are a score or a span of years (the tokenizer
/// keeps them one token); "47-year-old" and "30-minute" carry a unit and are read.
/// </summary>
public sealed class ScoreFilter : DigitFilter
{
    public override bool Rejects(ReadOnlySpan<char> token, int digits)
    {
        var rest = token[digits..];
        return rest.Length > 0 && rest[0] == '-' && (rest.Length < 2 || !char.IsLetter(rest[1]));
    }
}
