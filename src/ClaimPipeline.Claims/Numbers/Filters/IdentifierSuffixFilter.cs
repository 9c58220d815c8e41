namespace ClaimPipeline.Claims.Numbers.Filters;

/// <summary>
/// "11J", "2A", "153A", "3D", "5G", "4Q2022", "4x100m", "21July": digits joined to letters that are no unit and no scale name
/// something (a form, a section, a quarter) or a date. Letters that a unit lexicon knows ("10,000m", "512MB", "5km"), a scale
/// ("3bn"), the decade "s" ("the 70s") and longer words ("8nations") are read as before; ordinals and clock times
/// are <see cref="DigitSuffixFilter"/>'s. Only short suffixes (one or two letters) or suffixes with digits are taken,
/// as a longer word joined to a number is more likely a typo for a counted noun than a code.
/// </summary>
public sealed class IdentifierSuffixFilter(NumberLexicons lexicons) : DigitFilter
{
    public override bool Rejects(ReadOnlySpan<char> token, int digits)
    {
        var suffix = token[digits..];
        // Only ASCII letters and digits: "100元" is a currency sign, "5k-20k" a range (the range reader's).
        if (suffix.IsEmpty || !char.IsAsciiLetter(suffix[0]) || suffix is "s" || Readers.DigitsReader.ScaleOf(suffix) is not null) return false;
        foreach (var c in suffix)
            if (!char.IsAsciiLetterOrDigit(c)) return false;
        // "21July": a day joined to its month is a date.
        if (char.IsUpper(suffix[0]) && lexicons.TimeWords.TryGet(suffix, out var time) && time.Kind == "month") return true;
        bool hasDigit = suffix.ContainsAnyInRange('0', '9');
        if (!hasDigit && suffix.Length > 2) return false;
        return !lexicons.Units.TryGet(suffix, out _) && !lexicons.UnitSymbols.TryGet(suffix, out _);
    }
}
