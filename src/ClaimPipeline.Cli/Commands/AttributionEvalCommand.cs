using System.Globalization;
using System.Text.Json;
using ClaimPipeline.Cli.Evaluation;
using ClaimPipeline.Claims.Evaluation;

namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// `claims eval attribution`: runs the whole pipeline on PolNeAR articles and scores its quote and indirect
/// claims against the first annotator's attributions (<see cref="AttributionScorer"/>).
/// </summary>
public static class AttributionEvalCommand
{
    public static int Run(IReadOnlyList<string> corpora, bool json, string? configPath, string? errorsPath, CliConsole console,
        CancellationToken cancellationToken) =>
        CorpusEvaluation.Run(corpora, json, configPath, errorsPath, console, (config, corpus, errors) =>
        {
            var scorer = new AttributionScorer();
            foreach (var (article, predicted) in PolnearRun.Predict(config, corpus, cancellationToken))
            {
                scorer.Add(article.Text, article.Attributions, predicted);
                if (errors is not null)
                {
                    WriteDirectErrors(errors, article, predicted);
                    WriteExtraDirect(errors, article, predicted);
                }
            }
            return scorer;
        }, WriteText, WriteJson);

    /// <summary>Each gold direct quote that no claim covers over 30 %, or whose speaker is wrong, with the claim that came closest.</summary>
    private static void WriteDirectErrors(TextWriter errors, PolnearArticle article, List<PredictedAttribution> predicted)
    {
        string Slice(TextRange r) => article.Text.Substring(r.Start, r.Length).ReplaceLineEndings(" ");
        foreach (var gold in article.Attributions.Where(g => g.Direct))
        {
            var best = predicted.Where(p => p.Direct).MaxBy(p => gold.CoveredBy(p.Claim));
            double cover = best is null ? 0 : gold.CoveredBy(best.Claim);
            bool matched = cover > AttributionScorer.Thresholds[0];
            bool speakerRight = gold.Source.Count == 0 || (best is not null && AttributionScorer.SameSpeaker(article.Text, gold.Source, best));
            if (matched && speakerRight) continue;
            errors.WriteLine($"{article.Id} {(matched ? "WRONG SPEAKER" : "MISSED")}");
            errors.WriteLine($"  gold:   {string.Join(" … ", gold.Content.Select(Slice))}");
            errors.WriteLine($"  source: {string.Join(" ", gold.Source.Select(Slice))}");
            if (best is not null && cover > 0)
                errors.WriteLine($"  claim:  {Slice(best.Claim)}  [speaker: {best.Speaker}; mention: {(best.Mention is { } m ? Slice(m) : "")}; rule {best.Rule}; cover {cover:0.00}]");
        }
    }

    private static void WriteExtraDirect(TextWriter errors, PolnearArticle article, List<PredictedAttribution> predicted)
    {
        foreach (var claim in predicted.Where(p => p.Direct))
        {
            if (article.Attributions.Any(g => g.CoveredBy(claim.Claim) > AttributionScorer.Thresholds[0])) continue;
            errors.WriteLine($"{article.Id} EXTRA");
            errors.WriteLine($"  claim:  {article.Text.Substring(claim.Claim.Start, claim.Claim.Length).ReplaceLineEndings(" ")}  [speaker: {claim.Speaker}]");
        }
    }

    private static void WriteText(TextWriter output, List<(string Corpus, AttributionScorer Scores)> results)
    {
        foreach (var (corpus, scores) in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{corpus} ({scores.Articles} articles)"));
            output.WriteLine("  subset     cover   gold  predicted  precision  recall      F1  speaker acc");
            foreach (var (name, counts) in new[] { ("direct", scores.Direct), ("all", scores.All) })
                for (int t = 0; t < AttributionScorer.Thresholds.Length; t++)
                {
                    var c = counts[t];
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {name,-8} {AttributionScorer.Thresholds[t],6:P0} {c.Gold,6} {c.Predicted,10} {c.Precision,10:0.0000} {c.Recall,7:0.0000} {c.F1,7:0.0000} {c.SpeakerAccuracy,12:0.0000}"));
                }
            output.WriteLine("  speaker accuracy by rule (matched at 30 %):  rule  direct  all");
            foreach (var (rule, all) in scores.All[0].SpeakerByRule)
            {
                var direct = scores.Direct[0].SpeakerByRule.GetValueOrDefault(rule);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    {rule,-22} {direct.Correct,5}/{direct.Scored,-5} {all.Correct,5}/{all.Scored,-5}"));
            }
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  direct quotes without a speaker: {scores.DirectWithoutSpeaker} of {scores.DirectPredicted} ({scores.DirectWithoutSpeakerShare:0.0000})"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  confidence: mean {scores.MeanConfidence:0.0000} against {scores.ClaimAccuracy:0.0000} of claims correct; expected calibration error {scores.CalibrationError:0.0000}"));
        }
    }

    private static void WriteJson(TextWriter output, List<(string Corpus, AttributionScorer Scores)> results)
    {
        static Dictionary<string, object> Figures(AttributionCounts c, double threshold) => new()
        {
            ["coverage"] = threshold, ["gold"] = c.Gold, ["predicted"] = c.Predicted,
            ["precision"] = Math.Round(c.Precision, 4), ["recall"] = Math.Round(c.Recall, 4), ["f1"] = Math.Round(c.F1, 4),
            ["speaker_accuracy"] = Math.Round(c.SpeakerAccuracy, 4), ["speaker_scored"] = c.SpeakerScored,
        };
        var items = results.Select(r => new Dictionary<string, object>
        {
            ["task"] = "attribution",
            ["corpus"] = r.Corpus,
            ["articles"] = r.Scores.Articles,
            ["direct"] = AttributionScorer.Thresholds.Select((t, i) => Figures(r.Scores.Direct[i], t)).ToList(),
            ["all"] = AttributionScorer.Thresholds.Select((t, i) => Figures(r.Scores.All[i], t)).ToList(),
            ["direct_without_speaker"] = Math.Round(r.Scores.DirectWithoutSpeakerShare, 4),
            ["calibration_error"] = Math.Round(r.Scores.CalibrationError, 4),
            ["mean_confidence"] = Math.Round(r.Scores.MeanConfidence, 4),
            ["claims_correct"] = Math.Round(r.Scores.ClaimAccuracy, 4),
        });
        output.WriteLine(JsonSerializer.Serialize(items));
    }
}
