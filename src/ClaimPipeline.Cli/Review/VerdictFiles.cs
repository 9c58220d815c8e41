using System.Globalization;
using System.Text.Json;
using ClaimPipeline.Cli.Evaluation;
using CsvHelper;

namespace ClaimPipeline.Cli.Review;

/// <summary>
/// Reads the review page's export (`claim_id,verdict`, verdict accept or reject) and the claims it was made from
/// (extract's JSONL or CSV, which need the claim_id, kind, rule and confidence columns). A line that cannot be read
/// is a FormatException naming the file and line.
/// </summary>
public static class VerdictFiles
{
    public static Dictionary<string, bool> ReadVerdicts(string path)
    {
        var verdicts = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (row, line) in ReadCsv(path, ["claim_id", "verdict"]))
        {
            verdicts[row["claim_id"]] = row["verdict"] switch
            {
                "accept" => true,
                "reject" => false,
                var other => throw new FormatException($"{path}:{line}: verdict '{other}' is neither accept nor reject"),
            };
        }
        return verdicts;
    }

    /// <summary>The claims by id; JSONL when the file's first character is '{', else CSV.</summary>
    public static Dictionary<string, (string Kind, string Rule, double Confidence)> ReadClaims(string path)
    {
        var claims = new Dictionary<string, (string, string, double)>(StringComparer.Ordinal);
        bool jsonl;
        using (var probe = new StreamReader(path)) jsonl = probe.Peek() == '{';
        if (jsonl)
        {
            foreach (var (id, claim) in JsonlCorpus.Read(path, "a claim row", (line, _) => ParseJsonRow(line)))
                claims[id] = claim;
            return claims;
        }
        foreach (var (row, line) in ReadCsv(path, ["claim_id", "kind", "rule", "confidence"]))
        {
            if (!double.TryParse(row["confidence"], NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence))
                throw new FormatException($"{path}:{line}: confidence '{row["confidence"]}' is not a number");
            claims[row["claim_id"]] = (row["kind"], row["rule"], confidence);
        }
        return claims;
    }

    private static (string, (string, string, double)) ParseJsonRow(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        string Text(string name) => root.Required(name).GetString() ?? throw new FormatException($"\"{name}\" is null");
        return (Text("claim_id"), (Text("kind"), Text("rule"), root.Required("confidence").GetDouble()));
    }

    /// <summary>Rows of a CSV with a header holding <paramref name="columns"/>, each with its 1-based line number.</summary>
    private static IEnumerable<(Dictionary<string, string> Row, int Line)> ReadCsv(string path, string[] columns)
    {
        using var reader = new StreamReader(path);
        // Comma-separated, with a header line; line numbers for the errors.
        using var csv = CsvReader.Create(reader, new CsvReaderOptions { Separator = ',', HasHeader = true, TrackLineNumbers = true, SkipEmptyLines = true }, false);
        bool any = csv.Read();
        var header = csv.Headers;
        if (header is not { Count: > 0 }) throw new FormatException($"{path}: empty: no header line");
        foreach (var column in columns)
            if (!header.Contains(column)) throw new FormatException($"{path}:1: no '{column}' column (the header has {string.Join(", ", header)})");
        if (!any) yield break; // a header alone: a review with no marks yet
        do
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var column in columns) row[column] = csv.GetString(column) ?? "";
            yield return (row, (int)csv.LineNumber);
        }
        while (csv.Read());
    }
}
