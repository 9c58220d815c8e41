using ClaimPipeline.Claims;
using ClaimPipeline.Claims.Evaluation;
using ClaimPipeline.Claims.Numbers;
using ClaimPipeline.Cli.Evaluation;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// `claims train number-confidence`: runs the pipeline over quantity corpora (numbers-dev's dev half) and writes,
/// per rule and per rule and unit state (<see cref="NumberConfidence.Key"/>), the share of numeric claims whose value
/// matched a gold quantity, smoothed towards one half as (correct + 1) / (claims + 2). Dates are left out, as
/// `eval numbers` leaves them out: the corpora do not annotate them.
/// </summary>
public static class NumberConfidenceTrainCommand
{
    public static int Run(IReadOnlyList<string> corpora, string output, string? configPath, string commandLine, CliConsole console,
        CancellationToken cancellationToken)
    {
        // Fitting on a test half or a held-out file would make its later check meaningless.
        foreach (var corpus in corpora)
            if (!corpus.EndsWith("@dev", StringComparison.Ordinal))
            {
                console.Error.WriteLine($"claims: error: {corpus}: train number-confidence fits on a dev half only (PATH@dev); test halves and held-out files are for checking it");
                return ExitCodes.Usage;
            }
        if (ConfigForCommand.TryLoad(configPath, loadModels: true, console) is not { } config) return ExitCodes.Usage;
        var counts = new ConfidenceCounts();
        int sentences = 0;
        try
        {
            foreach (var corpus in corpora)
                foreach (var sentence in QuantityCorpusSource.Parse(corpus).Read())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var document = new Document(sentence.Id, sentence.Text);
                    config.Pipeline.Process(document, cancellationToken);
                    var claims = NumbersEvalCommand.Scored(document);
                    var correct = QuantityScorer.ValueMatches(sentence.Quantities, claims.Select(c => NumbersEvalCommand.ValueOf(c)).ToList());
                    for (int i = 0; i < claims.Count; i++)
                        counts.Add(correct[i], claims[i].Rule.Name, NumberConfidence.Key(claims[i]));
                    sentences++;
                }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            console.Error.WriteLine($"claims: error: {e.Message}");
            return ExitCodes.InputFailed;
        }

        string[] header =
        [
            "# Calibrated confidence of numeric claims: key<TAB>confidence<TAB>claims<TAB>correct.",
            "# Key: rule, or rule|unit / rule|nounit. Confidence = (correct + 1) / (claims + 2), where correct means the",
            "# claim's value matched a gold quantity of its sentence (dates are not scored). Rebuilt by:",
            "# " + commandLine,
        ];
        if (counts.Write(output, corpora.Select(QuantityCorpusSource.PathOf).ToList(), header, console) is not { } keys) return ExitCodes.Usage;
        console.Error.WriteLine($"claims: wrote {output}: {keys} keys from {sentences} sentences");
        return ExitCodes.Success;
    }
}
