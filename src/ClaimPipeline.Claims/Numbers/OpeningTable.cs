using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// Which readers can start at a token, by its first character (as Markdig's parsers declare their opening
/// characters): most tokens start no number, so most get an empty list and no reader is called. Letters match in
/// either case. A token starting with a character outside ASCII gets every reader, since a case-insensitive match
/// may still map it to ASCII ("ſix"). The readers keep their order in every list.
/// </summary>
public sealed class OpeningTable<T>
{
    private readonly T[][] _ascii = new T[128][];
    private readonly T[] _all;

    /// <param name="exactCase">Readers whose opening letters match only in the case written (none when null).</param>
    public OpeningTable(IReadOnlyList<T> readers, Func<T, string> openingCharacters, Func<T, bool>? exactCase = null)
    {
        _all = [.. readers];
        var openings = readers.Select(openingCharacters).ToArray(); // once each: some readers compute theirs
        var exact = readers.Select(r => exactCase?.Invoke(r) ?? false).ToArray();
        for (int c = 0; c < _ascii.Length; c++)
        {
            char lower = char.ToLowerInvariant((char)c), upper = char.ToUpperInvariant((char)c);
            _ascii[c] = readers.Where((_, i) => exact[i] ? openings[i].Contains((char)c) : openings[i].AsSpan().IndexOfAny(lower, upper) >= 0).ToArray();
        }
    }

    /// <summary>The readers that can start at token <paramref name="t"/>, in order.</summary>
    public T[] At(Document document, int t)
    {
        var token = document.FoldedToken(t);
        return token.Length > 0 && token[0] < 128 ? _ascii[token[0]] : _all;
    }
}
