using System.Text;
using System.Text.Json;
using ClaimPipeline.Cli.Input;

namespace ClaimPipeline.Cli.Evaluation;

/// <summary>
/// The line loop every JSONL evaluation corpus shares: blank lines skipped, each other line parsed into a record,
/// and a line that does not parse reported as FormatException "file:line: not a …: reason".
/// </summary>
public static class JsonlCorpus
{
    /// <param name="what">What a line should be, for the error ("a PolNeAR article").</param>
    /// <param name="parse">The record of a line; given the line and its 1-based number.</param>
    public static IEnumerable<T> Read<T>(string path, string what, Func<string, int, T> parse)
    {
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            T record;
            try
            {
                record = parse(line, lineNumber);
            }
            catch (JsonException e)
            {
                throw new FormatException($"{path}:{lineNumber}: not {what}: {JsonlArticleParser.NotValidJson(e, Encoding.UTF8.GetBytes(line))}", e);
            }
            catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException
                                          or ArgumentOutOfRangeException)
            {
                throw new FormatException($"{path}:{lineNumber}: not {what}: {e.Message}", e);
            }
            yield return record;
        }
    }
}
