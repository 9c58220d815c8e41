using System.Globalization;

namespace ClaimPipeline.Claims.Evaluation;

/// <summary>A quantity as the number corpora write it: one value, or a range "low-high"; with its unit and change.</summary>
public readonly record struct QuantityValue(double Low, double High, string Unit, string Change)
{
    /// <summary>Parses "20000", "1.5" or "252-287" (a range, lower first).</summary>
    public static bool TryParseValue(string text, out double low, out double high)
    {
        low = high = 0;
        int dash = text.IndexOf('-', 1);
        if (dash < 0)
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out low)) return false;
            high = low;
            return true;
        }
        return double.TryParse(text.AsSpan(0, dash), NumberStyles.Float, CultureInfo.InvariantCulture, out low)
            && double.TryParse(text.AsSpan(dash + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out high);
    }

    /// <summary>Equal values within a relative 0.5 % ("a third" is written 0.333).</summary>
    public bool SameValue(QuantityValue other) => Close(Low, other.Low) && Close(High, other.High);

    /// <summary>Units compare case-insensitively; "-" (nothing counted) equals no unit.</summary>
    public bool SameUnit(QuantityValue other) => string.Equals(NormalUnit(Unit), NormalUnit(other.Unit), StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Low == High
        ? Format(Low)
        : Format(Low) + "-" + Format(High);

    private static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string NormalUnit(string unit) => unit is "" or "-" ? "-" : unit;

    private static bool Close(double a, double b) => a == b || Math.Abs(a - b) <= 0.005 * Math.Max(Math.Abs(a), Math.Abs(b));
}
