using ClaimPipeline.Cli.Evaluation;
using ClaimPipeline.Claims.Evaluation;
using ClaimPipeline.Claims.Speakers;

namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// `claims train confidence`: runs the pipeline over PolNeAR articles and writes, per rule and per rule and
/// speaker state, the share of claims that matched an annotated attribution with the right speaker
/// (<see cref="ConfidenceTable"/>), smoothed towards one half as (correct + 1) / (claims + 2).
/// </summary>
public static class ConfidenceTrainCommand
{
    public static int Run(IReadOnlyList<string> corpora, string output, string? configPath, string commandLine, CliConsole console,
        CancellationToken cancellationToken)
    {
        if (ConfigForCommand.TryLoad(configPath, loadModels: true, console) is not { } config) return ExitCodes.Usage;
        var counts = new ConfidenceCounts();
        int articles = 0;
        try
        {
            foreach (var corpus in corpora)
                foreach (var (article, predicted) in PolnearRun.Predict(config, corpus, cancellationToken))
                {
                    foreach (var claim in predicted)
                    {
                        bool correct = AttributionScorer.IsCorrect(article.Text, article.Attributions, claim);
                        counts.Add(correct, claim.Rule, ConfidenceTable.Key(claim.Rule, claim.Speaker, claim.MentionText));
                    }
                    articles++;
                }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            console.Error.WriteLine($"claims: error: {e.Message}");
            return ExitCodes.InputFailed;
        }

        string[] header =
        [
            "# Calibrated confidence of quote and reported-speech claims: key<TAB>confidence<TAB>claims<TAB>correct.",
            "# Key: rule, or rule|speaker state (named, pronoun, none). Confidence = (correct + 1) / (claims + 2), where correct",
            "# means the claim covers over 30 % of a PolNeAR attribution's content and has its speaker. Rebuilt by:",
            "# " + commandLine,
        ];
        if (counts.Write(output, corpora, header, console) is not { } keys) return ExitCodes.Usage;
        console.Error.WriteLine($"claims: wrote {output}: {keys} keys from {articles} articles");
        return ExitCodes.Success;
    }
}
