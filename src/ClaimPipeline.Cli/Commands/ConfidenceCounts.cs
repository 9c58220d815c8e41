using System.Globalization;
using ClaimPipeline.Cli.Output;

namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// What `train confidence` and `train number-confidence` both build: per key, how many claims and how many of them
/// were correct, written as a confidence table (key, (correct + 1) / (claims + 2), claims, correct) in key order.
/// Keys seen fewer than <see cref="MinClaims"/> times are left out; their claims fall back to the rule's row or prior.
/// </summary>
public sealed class ConfidenceCounts
{
    public const int MinClaims = 10;

    private readonly SortedDictionary<string, (int Claims, int Correct)> _counts = new(StringComparer.Ordinal);

    /// <summary>Counts one claim under each of its keys (its rule, and its rule with the state of its evidence).</summary>
    public void Add(bool correct, params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            var (n, c) = _counts.GetValueOrDefault(key);
            _counts[key] = (n + 1, c + (correct ? 1 : 0));
        }
    }

    /// <summary>Writes the table after <paramref name="header"/> (comment lines); the number of keys written, or null
    /// after a one-line error when the file cannot be opened (<see cref="ReportFile"/>).</summary>
    public int? Write(string output, IReadOnlyList<string> inputs, IReadOnlyList<string> header, CliConsole console)
    {
        var lines = new List<string>(header);
        foreach (var (key, (n, c)) in _counts)
            if (n >= MinClaims)
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"{key}\t{(c + 1.0) / (n + 2.0):0.000}\t{n}\t{c}"));
        using var file = ReportFile.Open(output, inputs, console);
        if (file is null) return null;
        file.Writer.Write(string.Join('\n', lines) + "\n");
        file.Commit();
        return lines.Count - header.Count;
    }
}
