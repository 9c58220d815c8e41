using System.Globalization;
using ClaimPipeline.Cli.Evaluation;
using ClaimPipeline.Claims.Evaluation;
using ClaimPipeline.Claims.Speakers;
using ClaimPipeline.Cli.Output;

namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// `claims train confidence`: runs the pipeline over PolNeAR articles and writes, per rule and per rule and
/// speaker state, the share of claims that matched an annotated attribution with the right speaker
/// (<see cref="ConfidenceTable"/>), smoothed towards one half as (correct + 1) / (claims + 2).
/// </summary>
public static class ConfidenceTrainCommand
{
    /// <summary>Keys seen fewer times than this are left out; their claims fall back to the rule's row or prior.</summary>
    private const int MinClaims = 10;

    public static int Run(IReadOnlyList<string> corpora, string output, string? configPath, string commandLine, CliConsole console,
        CancellationToken cancellationToken)
    {
        if (ConfigForCommand.TryLoad(configPath, loadModels: true, console) is not { } config) return ExitCodes.Usage;
        var counts = new SortedDictionary<string, (int Claims, int Correct)>(StringComparer.Ordinal);
        int articles = 0;
        try
        {
            foreach (var corpus in corpora)
                foreach (var (article, predicted) in PolnearRun.Predict(config, corpus, cancellationToken))
                {
                    foreach (var claim in predicted)
                    {
                        bool correct = AttributionScorer.IsCorrect(article.Text, article.Attributions, claim);
                        foreach (var key in new[] { claim.Rule, ConfidenceTable.Key(claim.Rule, claim.Speaker, claim.MentionText) })
                        {
                            var (n, c) = counts.GetValueOrDefault(key);
                            counts[key] = (n + 1, c + (correct ? 1 : 0));
                        }
                    }
                    articles++;
                }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            console.Error.WriteLine($"claims: error: {e.Message}");
            return ExitCodes.InputFailed;
        }

        var lines = new List<string>
        {
            "# Calibrated confidence of quote and reported-speech claims: key<TAB>confidence<TAB>claims<TAB>correct.",
            "# Key: rule, or rule|speaker state (named, pronoun, none). Confidence = (correct + 1) / (claims + 2), where correct",
            "# means the claim covers over 30 % of a PolNeAR attribution's content and has its speaker. Rebuilt by:",
            "# " + commandLine,
        };
        foreach (var (key, (n, c)) in counts)
            if (n >= MinClaims)
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"{key}\t{(c + 1.0) / (n + 2.0):0.000}\t{n}\t{c}"));
        using (var file = ReportFile.Open(output, corpora, console))
        {
            if (file is null) return ExitCodes.Usage;
            file.Writer.Write(string.Join('\n', lines) + "\n");
            file.Commit();
        }
        console.Error.WriteLine($"claims: wrote {output}: {lines.Count - 4} keys from {articles} articles");
        return ExitCodes.Success;
    }
}
