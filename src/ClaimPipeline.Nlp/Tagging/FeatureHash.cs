namespace ClaimPipeline.Nlp.Tagging;

/// <summary>
/// 64-bit FNV-1a hashing of feature templates and the text pieces they combine, computed straight from spans so
/// that extracting a feature allocates nothing. At 64 bits, collisions among a few million features are negligible.
/// </summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash of nothing yet: start here to hash a sequence of words (<see cref="Add(ulong, ReadOnlySpan{char})"/>, <see cref="AddLower"/>).</summary>
    public const ulong Empty = Offset;

    public static ulong Template(int template) => (Offset ^ (uint)template) * Prime;

    public static ulong Add(ulong hash, int value)
    {
        hash = (hash ^ (uint)(value & 0xFFFF)) * Prime;
        return (hash ^ (uint)(value >>> 16)) * Prime;
    }

    /// <summary>Adds a hash computed before (a word's, hashed once per token rather than once per feature).</summary>
    public static ulong AddHash(ulong hash, ulong value) => Add(Add(hash, (int)(uint)value), (int)(uint)(value >> 32));

    public static ulong Add(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text) hash = (hash ^ c) * Prime;
        return (hash ^ 0xFFFF) * Prime; // separator, so that ("ab","c") and ("a","bc") differ
    }

    public static ulong AddLower(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text) hash = (hash ^ char.ToLowerInvariant(c)) * Prime;
        return (hash ^ 0xFFFF) * Prime;
    }

    /// <summary>The word's shape: X for upper, x for lower, d for digit, the char itself otherwise; runs collapse when <paramref name="collapse"/>.</summary>
    public static ulong AddShape(ulong hash, ReadOnlySpan<char> text, bool collapse)
    {
        char previous = '\0';
        int run = 0;
        foreach (var c in text)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            if (s == previous && (collapse || ++run > 3)) continue;
            if (s != previous) run = 0;
            previous = s;
            hash = (hash ^ s) * Prime;
        }
        return (hash ^ 0xFFFF) * Prime;
    }
}
