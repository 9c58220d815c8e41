using System.Text;
using System.Text.Json;
using ClaimPipeline.Cli.Commands;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Cli.Tests;

/// <summary>Runs `claims` in-process with captured streams.</summary>
internal static class CliRunner
{
    public static string Config => Path.Combine(RepoPaths.Root, "pipeline.json");

    public static CliResult Run(string[] args, byte[]? stdin = null, bool stdinIsTerminal = false)
    {
        var output = new MemoryStream();
        var error = new StringWriter();
        var console = new CliConsole(output, error, () => new MemoryStream(stdin ?? []), ErrorIsTerminal: false) { InIsTerminal = stdinIsTerminal };
        int exit = CommandLine.Run(args, console);
        return new CliResult(exit, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    /// <summary>`claims extract ARGS --format jsonl --config pipeline.json`.</summary>
    public static CliResult Extract(params string[] args) =>
        Run(["extract", .. args, "--format", "jsonl", "--config", Config]);
}

internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public List<JsonElement> Rows => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();

    public IEnumerable<string> ArticleIds => Rows.Select(r => r.GetProperty("article_id").GetString()!).Distinct();
}
