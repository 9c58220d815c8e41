using System.Globalization;
using System.Text.Json;
using ClaimPipeline.Cli.Config;
using ClaimPipeline.Cli.Evaluation;
using ClaimPipeline.Cli.Output;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// `claims eval corroboration`: runs the pipeline and --corroborate over every article of the corpora the gold
/// lines name (one batch per corpus, as a user would run a day's news), then scores the clusters on the annotated
/// article pairs (<see cref="CorroborationScorer"/>). `GOLD@dev` / `GOLD@test` score the lines of one half.
/// </summary>
public static class CorroborationEvalCommand
{
    public static int Run(IReadOnlyList<string> corpora, bool json, string? configPath, string? errorsPath, CliConsole console,
        CancellationToken cancellationToken) =>
        CorpusEvaluation.Run(corpora, json, configPath, errorsPath, console,
            (config, spec, errors) => Score(config, spec, errors, cancellationToken), WriteText, WriteJson);

    private static CorroborationScorer Score(PipelineConfig config, string spec, TextWriter? errors, CancellationToken cancellationToken)
    {
        var source = QuantityCorpusSource.Parse(spec);
        var lines = JsonlCorpus.Read(source.Path, "a corroboration gold line", (line, _) => CorroborationGoldLine.Parse(line))
            .Where(l => source.Part is null || l.Split == source.Part).ToList();
        var articles = new SourceArticles(source.Path);
        var rows = new Dictionary<(string Corpus, string Id), List<ClaimRow>>();
        foreach (var corpus in lines.Select(l => l.Corpus).Distinct())
        {
            var texts = articles.Articles(corpus);
            foreach (var line in lines.Where(l => l.Corpus == corpus))
                foreach (var id in new[] { line.A, line.B })
                    if (!texts.ContainsKey(id)) throw new FormatException($"{source.Path}: article '{id}' is not in the {corpus} corpus");
            var batch = texts.ToList();
            var extracted = OrderedParallel.Map(batch, article => Extract(config, article.Key, article.Value, cancellationToken),
                Environment.ProcessorCount, 4 * Environment.ProcessorCount, cancellationToken).ToList();
            var clustered = Corroboration.Assign(extracted);
            for (int i = 0; i < batch.Count; i++) rows[(corpus, batch[i].Key)] = clustered[i];
        }
        var scorer = new CorroborationScorer();
        foreach (var line in lines)
        {
            var (a, b) = (rows[(line.Corpus, line.A)], rows[(line.Corpus, line.B)]);
            var (wrong, missed) = scorer.Add(line, a, b);
            if (errors is null) continue;
            foreach (var (x, y) in wrong)
                errors.WriteLine($"WRONG {line.A} [{x.Start},{x.End}] {x.Kind} {x.Speaker}: {Short(x.Claim)}\n      {line.B} [{y.Start},{y.End}] {y.Kind} {y.Speaker}: {Short(y.Claim)}");
            foreach (var (gold, x, y) in missed)
                errors.WriteLine($"MISSED {line.A} [{gold.A.Start},{gold.A.End}] {(x is null ? "(no row)" : $"{x.Kind} {x.Speaker}: {Short(x.Claim)}")}\n       {line.B} [{gold.B.Start},{gold.B.End}] {(y is null ? "(no row)" : $"{y.Kind} {y.Speaker}: {Short(y.Claim)}")}");
        }
        return scorer;
    }

    private static string Short(string text) => (text.Length <= 140 ? text : text[..139] + "…").ReplaceLineEndings(" ");

    private static List<ClaimRow> Extract(PipelineConfig config, string id, string text, CancellationToken cancellationToken)
    {
        var document = new Document(id, text);
        config.Pipeline.Process(document, cancellationToken);
        return ClaimRowBuilder.Build(document);
    }

    private static void WriteText(TextWriter output, List<(string Corpus, CorroborationScorer Scores)> results)
    {
        foreach (var (corpus, s) in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{corpus} ({s.ArticlePairs} article pairs, {s.Gold} gold claim pairs, {s.Unextracted} with a claim not extracted)"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  pairs  predicted {s.Predicted}  correct {s.Correct}  precision {s.Precision:0.0000}  recall {s.Recall:0.0000}  F1 {s.F1:0.0000}"));
            foreach (var (kind, (gold, found)) in s.ByKind.OrderBy(k => k.Key, StringComparer.Ordinal))
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  recall {kind,-8} {found}/{gold}"));
            if (s.ByCorpus.Count > 1)
                foreach (var (name, (gold, predicted, correct)) in s.ByCorpus.OrderBy(k => k.Key, StringComparer.Ordinal))
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {name}: gold {gold}  predicted {predicted}  correct {correct}  precision {(predicted == 0 ? 0 : (double)correct / predicted):0.0000}  recall {(gold == 0 ? 0 : (double)correct / gold):0.0000}"));
        }
    }

    private static void WriteJson(TextWriter output, List<(string Corpus, CorroborationScorer Scores)> results)
    {
        var report = results.Select(r => new Dictionary<string, object>
        {
            ["corpus"] = r.Corpus,
            ["article_pairs"] = r.Scores.ArticlePairs,
            ["gold"] = r.Scores.Gold,
            ["predicted"] = r.Scores.Predicted,
            ["correct"] = r.Scores.Correct,
            ["unextracted"] = r.Scores.Unextracted,
            ["precision"] = Math.Round(r.Scores.Precision, 4),
            ["recall"] = Math.Round(r.Scores.Recall, 4),
            ["f1"] = Math.Round(r.Scores.F1, 4),
        });
        output.WriteLine(JsonSerializer.Serialize(report));
    }
}
