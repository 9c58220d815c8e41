using ClaimPipeline.Cli.Config;
using ClaimPipeline.Cli.Evaluation;
using ClaimPipeline.Cli.Output;

namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// What the whole-pipeline evals (`eval attribution`, `eval numbers`) share: load the config, open the --errors
/// file, score each corpus, report a corpus that cannot be read (file and line) with exit 1, print text or JSON.
/// </summary>
public static class CorpusEvaluation
{
    /// <param name="score">Scores one corpus, writing its error listing to the writer when one was asked for.</param>
    public static int Run<TScores>(IReadOnlyList<string> corpora, bool json, string? configPath, string? errorsPath, CliConsole console,
        Func<PipelineConfig, string, TextWriter?, TScores> score,
        Action<TextWriter, List<(string Corpus, TScores Scores)>> writeText,
        Action<TextWriter, List<(string Corpus, TScores Scores)>> writeJson)
    {
        if (ConfigForCommand.TryLoad(configPath, loadModels: true, console) is not { } config) return ExitCodes.Usage;
        // The listing replaces an earlier one only when every corpus was scored.
        using var errors = errorsPath is null ? null : ReportFile.Open(errorsPath, corpora.Select(QuantityCorpusSource.PathOf).ToList(), console);
        if (errorsPath is not null && errors is null) return ExitCodes.Usage;
        var results = new List<(string Corpus, TScores Scores)>();
        foreach (var corpus in corpora)
        {
            try
            {
                results.Add((corpus, score(config, corpus, errors?.Writer)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                console.Error.WriteLine($"claims: error: {(e is FormatException ? "" : corpus + ": ")}{e.Message}");
                return ExitCodes.InputFailed;
            }
        }
        errors?.Commit();
        using var output = new StreamWriter(console.Out, leaveOpen: true);
        if (json) writeJson(output, results);
        else writeText(output, results);
        return ExitCodes.Success;
    }
}
