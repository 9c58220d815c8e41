namespace ClaimPipeline.Claims.Numbers.Filters;

/// <summary>
/// Decides from a digit token alone that it is no number: <see cref="Readers.DigitsReader"/> then reads nothing at
/// it, and the next token is tried. <paramref name="digits"/> is the length of the token's leading run of digits
/// (with its separators: "20,000", "1.5").
/// </summary>
public abstract class DigitFilter
{
    public abstract bool Rejects(ReadOnlySpan<char> token, int digits);
}
