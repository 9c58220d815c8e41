using System.Globalization;
using System.Text.Json;
using ClaimPipeline.Claims.Evaluation;
using ClaimPipeline.Claims;
using ClaimPipeline.Claims.Numbers;
using ClaimPipeline.Cli.Evaluation;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// `claims eval numbers`: runs the whole pipeline on each sentence of a quantity corpus and scores its numeric
/// rows (not those with unit "date": the quantity corpora do not count dates) with <see cref="QuantityScorer"/>.
/// </summary>
public static class NumbersEvalCommand
{
    public static int Run(IReadOnlyList<string> corpora, bool json, string? configPath, string? errorsPath, CliConsole console,
        CancellationToken cancellationToken) =>
        CorpusEvaluation.Run(corpora, json, configPath, errorsPath, console, (config, corpus, errors) =>
        {
            var scorer = new QuantityScorer();
            var lexicons = config.Pipeline.Stages.OfType<NumberFinder>().FirstOrDefault()?.Lexicons;
            Func<string, string>? canonicalUnit = lexicons is null ? null
                : unit => lexicons.Units.TryGet(unit, out var ours) ? ours.Unit : unit;
            foreach (var sentence in QuantityCorpusSource.Parse(corpus).Read(canonicalUnit))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var document = new Document(sentence.Id, sentence.Text);
                config.Pipeline.Process(document, cancellationToken);
                var predicted = Predicted(document);
                scorer.Add(sentence.Quantities, predicted.Select(p => p.Value).ToList(), predicted.Select(p => p.Confidence).ToList());
                if (errors is not null) WriteErrors(errors, sentence, predicted);
            }
            return scorer;
        }, WriteText, WriteJson);

    /// <summary>The numeric claims a quantity corpus scores, in text order: not dates, which the corpora do not annotate.</summary>
    public static List<Claim> Scored(Document document) =>
        document.Claims.Where(c => c.Kind == ClaimKind.Numeric && c.Unit != "date" && c.Quantity is not null).OrderBy(c => c.Start).ToList();

    public static QuantityValue ValueOf(Claim claim) =>
        new(claim.Quantity!.Value, claim.QuantityHigh ?? claim.Quantity.Value, claim.Unit ?? "-", claim.Change ?? "=");

    private static List<(QuantityValue Value, string Text, double Confidence)> Predicted(Document document) =>
        Scored(document).Select(c => (ValueOf(c), document.Slice(c.Start, c.End), c.Confidence)).ToList();

    /// <summary>Sentences where gold and predicted quantities differ in any of value, unit or change.</summary>
    private static void WriteErrors(TextWriter errors, QuantitySentence sentence, List<(QuantityValue Value, string Text, double Confidence)> predicted)
    {
        static string Show(QuantityValue v) => $"{v} {v.Unit} {v.Change}";
        var gold = sentence.Quantities.Select(Show).ToList();
        var mine = predicted.Select(p => Show(p.Value)).ToList();
        if (gold.Count == mine.Count && gold.Zip(mine).All(p => p.First == p.Second)) return;
        errors.WriteLine($"{sentence.Id}: {sentence.Text}");
        errors.WriteLine($"  gold: {string.Join(" | ", sentence.Quantities.Select((q, i) => $"{Show(q)} «{sentence.Spans[i]}»"))}");
        errors.WriteLine($"  mine: {string.Join(" | ", predicted.Select(p => $"{Show(p.Value)} «{p.Text}»"))}");
    }

    private static void WriteText(TextWriter output, List<(string Corpus, QuantityScorer Scores)> results)
    {
        foreach (var (corpus, scores) in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{corpus} ({scores.Sentences} sentences)"));
            output.WriteLine("  measure        gold  predicted  matched  precision  recall      F1");
            foreach (var (name, c) in Measures(scores))
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {name,-13} {c.Gold,5} {c.Predicted,10} {c.Matched,8} {c.Precision,10:0.0000} {c.Recall,7:0.0000} {c.F1,7:0.0000}"));
            var calibration = scores.Calibration;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  confidence: mean {calibration.MeanConfidence:0.0000} against {calibration.Accuracy:0.0000} of quantities correct (value); expected calibration error {calibration.Error:0.0000}"));
        }
    }

    private static IEnumerable<(string Name, QuantityMatch Counts)> Measures(QuantityScorer scores) =>
        [("value", scores.Value), ("value+unit", scores.ValueUnit), ("value+change", scores.ValueChange)];

    private static void WriteJson(TextWriter output, List<(string Corpus, QuantityScorer Scores)> results)
    {
        var items = results.Select(r => new Dictionary<string, object>
        {
            ["task"] = "numbers",
            ["corpus"] = r.Corpus,
            ["sentences"] = r.Scores.Sentences,
            ["measures"] = Measures(r.Scores).ToDictionary(m => m.Name, m => (object)new Dictionary<string, object>
            {
                ["gold"] = m.Counts.Gold, ["predicted"] = m.Counts.Predicted, ["matched"] = m.Counts.Matched,
                ["precision"] = Math.Round(m.Counts.Precision, 4), ["recall"] = Math.Round(m.Counts.Recall, 4),
                ["f1"] = Math.Round(m.Counts.F1, 4),
            }),
            ["mean_confidence"] = Math.Round(r.Scores.Calibration.MeanConfidence, 4),
            ["share_correct"] = Math.Round(r.Scores.Calibration.Accuracy, 4),
            ["calibration_error"] = Math.Round(r.Scores.Calibration.Error, 4),
        }).ToList();
        output.WriteLine(JsonSerializer.Serialize(items.Count == 1 ? (object)items[0] : items));
    }
}
