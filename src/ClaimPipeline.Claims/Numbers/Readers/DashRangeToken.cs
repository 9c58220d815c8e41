namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// A range written in one digit token: "5-10", "1000-5000", "1-2bn", "5k-20k", "8-10km". Only two numbers, the lower
/// first, and the upper without a leading zero: "2-1" and "6-4" (scores), "2004-05" (a season), "4-3-3" and
/// "2021-08-24" (a formation, a date) are no range. What follows the upper end applies to both ends, so a suffix on
/// the lower end must be the same ("5k-20k"). Low-high spans that count nothing ("6-7", "2007-2013") are left to
/// <see cref="Filters.DashRangeFilter"/>, which knows the unit.
/// </summary>
/// <param name="Low">The lower end as written, without the suffix.</param>
/// <param name="High">The upper end as written, without the suffix.</param>
/// <param name="TailStart">Where what follows the upper end's digits starts: a scale suffix or a unit ("bn", "km").</param>
public readonly record struct DashRangeToken(double Low, double High, int TailStart)
{
    /// <summary>Reads <paramref name="token"/>, whose first <paramref name="digits"/> characters are a plain number.</summary>
    public static DashRangeToken? Read(ReadOnlySpan<char> token, int digits)
    {
        var rest = token[digits..];
        int dash = rest.IndexOf('-');
        if (dash < 0 || dash + 1 >= rest.Length || !char.IsAsciiDigit(rest[dash + 1]) || rest[dash + 1] == '0') return null;
        var upper = rest[(dash + 1)..];
        int j = DigitsReader.DigitRun(upper);
        var tail = upper[j..];
        if (dash > 0 && !(rest[..dash].SequenceEqual(tail) && DigitsReader.ScaleOf(tail) is not null)) return null;
        if (tail.Length > 1 && tail[0] == '-' && char.IsAsciiDigit(tail[1])) return null;
        if (!DigitsReader.TryParsePlain(token[..digits], out double low) || !DigitsReader.TryParsePlain(upper[..j], out double high) || low >= high)
            return null;
        return new DashRangeToken(low, high, digits + dash + 1 + j);
    }
}
