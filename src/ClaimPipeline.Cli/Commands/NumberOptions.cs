using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// Options that take a number. The parser's own conversion names .NET types in its message ("System.Int32"), and
/// a validator that reads an unconvertible value throws; these parse the word themselves, in the invariant culture,
/// and a word that is not a number in range is a usage error naming the option and the range.
/// </summary>
public static class NumberOptions
{
    public static Option<int> WholeNumber(string name, string description, int defaultValue, int min = 1, int max = int.MaxValue) =>
        new(name)
        {
            HelpName = "N",
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = r => ParseWhole(r, name, min, max) ?? defaultValue,
        };

    /// <summary>A whole number without a parsed default: the default is a fact of the machine, shown in the description.</summary>
    public static Option<int?> OptionalWholeNumber(string name, string description, int min, int max) =>
        new(name) { HelpName = "N", Description = description, CustomParser = r => ParseWhole(r, name, min, max) };

    public static Option<float> Fraction(string name, string description, float defaultValue) =>
        new(name)
        {
            HelpName = "X",
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = r => (float?)ParseReal(r, name, 0, 1) ?? defaultValue,
        };

    /// <summary>A real number between <paramref name="min"/> and <paramref name="max"/>, or null when not given.</summary>
    public static Option<float?> OptionalReal(string name, string description, double min, double max) =>
        new(name) { HelpName = "X", Description = description, CustomParser = r => (float?)ParseReal(r, name, min, max) };

    public static Option<double?> OptionalFraction(string name, string description) =>
        new(name) { HelpName = "X", Description = description, CustomParser = r => ParseReal(r, name, 0, 1) };

    /// <summary>Whole numbers separated by commas ("64,256,1024"), each at least <paramref name="min"/>, none twice.</summary>
    public static Option<int[]> WholeNumberList(string name, string description, int[] defaultValue, int min) =>
        new(name)
        {
            HelpName = "N,N,…",
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = r =>
            {
                var word = r.Tokens.Count > 0 ? r.Tokens[^1].Value : "";
                var values = new List<int>();
                foreach (var part in word.Split(','))
                    if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= min && !values.Contains(value))
                        values.Add(value);
                    else
                    {
                        r.AddError($"{name}: '{word}' is not a list of different whole numbers of at least {min}, separated by commas");
                        return defaultValue;
                    }
                return values.ToArray();
            },
        };

    private static int? ParseWhole(ArgumentResult result, string name, int min, int max)
    {
        var word = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (int.TryParse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) && value >= min && value <= max)
            return value;
        result.AddError(max == int.MaxValue
            ? $"{name}: '{word}' is not a whole number of at least {min}"
            : $"{name}: '{word}' is not a whole number from {min} to {max}");
        return null;
    }

    private static double? ParseReal(ArgumentResult result, string name, double min, double max)
    {
        var word = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && value >= min && value <= max)
            return value;
        result.AddError($"{name}: '{word}' is not a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
        return null;
    }
}
