using System.Text.Json;

namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// `claims verify SHARD... --out DIR`: which articles have no output yet. A shard's output is DIR/&lt;the shard's file
/// name&gt;, published only complete (<see cref="ShardOutput"/>), so every article of a shard without one is listed on
/// stdout (its id, or FILE:LINE when the line has none) for a driver to resubmit; exit 1 when any is listed.
/// </summary>
public static class VerifyCommand
{
    public static int Run(IReadOnlyList<string> shards, string outputFolder, CliConsole console)
    {
        if (!Directory.Exists(outputFolder))
        {
            console.Error.WriteLine($"claims: error: {outputFolder}: no such folder");
            return ExitCodes.Usage;
        }
        int missing = 0, articles = 0, pendingShards = 0, unreadable = 0;
        using var stdout = new StreamWriter(console.Out, new System.Text.UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        foreach (var shard in shards)
        {
            List<string> ids;
            try
            {
                ids = ArticleIds(shard);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"claims: error: {shard}: cannot read: {e.Message}");
                unreadable++;
                continue;
            }
            articles += ids.Count;
            if (File.Exists(ShardOutput.For(shard, outputFolder))) continue;
            pendingShards++;
            missing += ids.Count;
            foreach (var id in ids) stdout.WriteLine(id);
        }
        stdout.Flush();
        console.Error.WriteLine($"claims: verify: {missing} of {articles} articles in {pendingShards} of {shards.Count} shards have no output in {outputFolder}");
        return missing > 0 || unreadable > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
    }

    /// <summary>The "id" of each non-empty line, or FILE:LINE for a line without a readable one.</summary>
    private static List<string> ArticleIds(string shard)
    {
        var ids = new List<string>();
        int line = 0;
        foreach (var text in File.ReadLines(shard))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            string? id = null;
            try
            {
                using var json = JsonDocument.Parse(text);
                if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("id", out var value))
                    id = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
            }
            catch (JsonException)
            {
            }
            ids.Add(id ?? $"{shard}:{line}");
        }
        return ids;
    }
}
