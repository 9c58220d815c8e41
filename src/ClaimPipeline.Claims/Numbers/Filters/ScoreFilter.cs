using ClaimPipeline.Claims.Numbers.Readers;

namespace ClaimPipeline.Claims.Numbers.Filters;

/// <summary>
/// "2-1", "2004-05", "4-3-3", "5-": digits and a dash not followed by a letter are a score, a season or a code (the
/// tokenizer keeps them one token), unless they are a low-high range (<see cref="DashRangeToken"/>: "5-10", whose unit
/// <see cref="DashRangeFilter"/> checks); "47-year-old" and "30-minute" carry a unit and are read.
/// </summary>
public sealed class ScoreFilter : DigitFilter
{
    public override bool Rejects(ReadOnlySpan<char> token, int digits)
    {
        var rest = token[digits..];
        return rest.Length > 0 && rest[0] == '-' && (rest.Length < 2 || !char.IsLetter(rest[1])) && DashRangeToken.Read(token, digits) is null;
    }
}
