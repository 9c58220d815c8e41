namespace ClaimPipeline.Cli.Input;

/// <summary>
/// Finds the \uD800–\uDFFF escape in a JSON string that has no partner: JSON may write one, but it is half of a
/// UTF-16 pair and no character, so System.Text.Json refuses to decode the string.
/// </summary>
public static class UnpairedSurrogate
{
    /// <summary>The first unpaired surrogate escape in <paramref name="json"/> (raw JSON text) as written, e.g. "\ud800"; null if none.</summary>
    public static string? FindEscape(ReadOnlySpan<char> json)
    {
        for (int i = 0; i < json.Length; i++)
        {
            if (json[i] != '\\') continue;
            if (!TryEscape(json, i, out int unit))
            {
                i++; // another escape ("\\", "\""): skip the escaped character
                continue;
            }
            if (char.IsHighSurrogate((char)unit) && TryEscape(json, i + 6, out int next) && char.IsLowSurrogate((char)next))
            {
                i += 11;
                continue;
            }
            if (char.IsSurrogate((char)unit)) return json.Slice(i, 6).ToString();
            i += 5;
        }
        return null;
    }

    private static bool TryEscape(ReadOnlySpan<char> json, int at, out int unit)
    {
        unit = 0;
        return at + 6 <= json.Length && json[at] == '\\' && json[at + 1] == 'u'
            && int.TryParse(json.Slice(at + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out unit);
    }
}
