using System.Globalization;

namespace ClaimPipeline.Cli.Output;

/// <summary>Numbers as plain invariant text: "20000", "1.5", never "2E+04" or "1,5".</summary>
public static class InvariantNumber
{
    public static string Format(double value)
    {
        if (Math.Abs(value) < 1e15 && value == Math.Floor(value))
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        if (Math.Abs(value) < 7.9e27)
            return ((decimal)value).ToString(CultureInfo.InvariantCulture);
        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string FormatConfidence(double value) => Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);
}
