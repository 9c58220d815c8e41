using System.Globalization;
using ClaimPipeline.Claims;
using ClaimPipeline.Claims.Evaluation;
using ClaimPipeline.Claims.Numbers;
using ClaimPipeline.Cli.Evaluation;
using ClaimPipeline.Cli.Output;
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
    /// <summary>Keys seen fewer times than this are left out; their claims fall back to the rule's row or prior.</summary>
    private const int MinClaims = 10;

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
        var counts = new SortedDictionary<string, (int Claims, int Correct)>(StringComparer.Ordinal);
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
                        foreach (var key in new[] { claims[i].Rule.Name, NumberConfidence.Key(claims[i]) })
                        {
                            var (n, c) = counts.GetValueOrDefault(key);
                            counts[key] = (n + 1, c + (correct[i] ? 1 : 0));
                        }
                    sentences++;
                }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            console.Error.WriteLine($"claims: error: {e.Message}");
            return ExitCodes.InputFailed;
        }

        var lines = new List<string>
        {
            "# Calibrated confidence of numeric claims: key<TAB>confidence<TAB>claims<TAB>correct.",
            "# Key: rule, or rule|unit / rule|nounit. Confidence = (correct + 1) / (claims + 2), where correct means the",
            "# claim's value matched a gold quantity of its sentence (dates are not scored). Rebuilt by:",
            "# " + commandLine,
        };
        foreach (var (key, (n, c)) in counts)
            if (n >= MinClaims)
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"{key}\t{(c + 1.0) / (n + 2.0):0.000}\t{n}\t{c}"));
        using (var file = ReportFile.Open(output, corpora.Select(QuantityCorpusSource.PathOf).ToList(), console))
        {
            if (file is null) return ExitCodes.Usage;
            file.Writer.Write(string.Join('\n', lines) + "\n");
            file.Commit();
        }
        console.Error.WriteLine($"claims: wrote {output}: {lines.Count - 4} keys from {sentences} sentences");
        return ExitCodes.Success;
    }
}
