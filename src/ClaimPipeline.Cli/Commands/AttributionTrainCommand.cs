using System.Globalization;
using ClaimPipeline.Claims.Attribution;
using ClaimPipeline.Claims.Evaluation;
using ClaimPipeline.Claims.Quotes;
using ClaimPipeline.Cli.Evaluation;
using ClaimPipeline.Nlp.Pipeline;
using ClaimPipeline.Nlp.Tagging;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// `claims train attribution`: runs the pipeline's stages before "quotes" over PolNeAR articles (tokens, sentences,
/// parts of speech, entities) and trains the cue and role taggers of <see cref="AttributionModel"/> on the first
/// annotator's attributions, keeping each tagger's best epoch on the dev articles. The quote stage's cue lexicon is a
/// feature; the attribution model the config names is not loaded, so a stale or missing one can be rebuilt.
/// </summary>
public static class AttributionTrainCommand
{
    public static int Run(IReadOnlyList<string> train, IReadOnlyList<string> dev, string output, int epochs, int seed, float prune, string? configPath,
        string commandLine, CliConsole console, CancellationToken cancellationToken)
    {
        if (ConfigForCommand.TryLoad(configPath, loadModels: true, console, loadAttributionModel: false) is not { } config) return ExitCodes.Usage;
        if (config.Pipeline.Stages.OfType<QuoteFinder>().FirstOrDefault() is not { } quotes)
        {
            console.Error.WriteLine($"claims: error: {config.Path}: the pipeline has no 'quotes' stage, whose cue lexicon the model reads");
            return ExitCodes.Usage;
        }
        var before = config.Pipeline.Stages.TakeWhile(stage => stage is not QuoteFinder).ToList();
        List<(Document, IReadOnlyList<GoldAttribution>)> trainSet, devSet;
        try
        {
            trainSet = Read(train, before, cancellationToken);
            devSet = Read(dev, before, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            console.Error.WriteLine($"claims: error: {e.Message}");
            return ExitCodes.InputFailed;
        }
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["command"] = commandLine,
            ["train"] = string.Join(' ', train),
            ["dev"] = string.Join(' ', dev),
            ["seed"] = seed.ToString(CultureInfo.InvariantCulture),
            ["prune"] = prune.ToString(CultureInfo.InvariantCulture),
        };
        var best = new Dictionary<string, (int Epoch, double F1)>(StringComparer.Ordinal);
        var trainer = new AttributionTrainer(quotes.Cues)
        {
            Epochs = epochs,
            Seed = seed,
            PruneBelow = prune,
            OnThreshold = (threshold, f1) =>
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"claims: cue threshold {threshold}: dev F1 {f1:0.0000}")),
            OnEpoch = (tagger, epoch, f1) =>
            {
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"claims: {tagger} epoch {epoch}/{epochs}: dev F1 {f1:0.0000}"));
                if (!best.TryGetValue(tagger, out var kept) || f1 > kept.F1) best[tagger] = (epoch, f1);
            },
        };
        var trained = trainer.Train(trainSet, devSet, metadata);
        var final = new Dictionary<string, string>(trained.Metadata, StringComparer.Ordinal);
        foreach (var (tagger, (epoch, f1)) in best)
        {
            final[$"{tagger}-epoch"] = epoch.ToString(CultureInfo.InvariantCulture);
            final[$"{tagger}-dev-f1"] = f1.ToString("0.0000", CultureInfo.InvariantCulture);
        }
        console.Error.WriteLine($"claims: cue threshold {final[AttributionModel.CueThresholdKey]} (best dev F1)");
        try
        {
            new AttributionModel(trained.Cues, trained.Roles, final).Save(output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"claims: error: {output}: cannot write the model: {e.Message}");
            return ExitCodes.InputFailed;
        }
        console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"claims: wrote {output} ({new FileInfo(output).Length / 1024} KiB; {trainSet.Count} train, {devSet.Count} dev articles)"));
        return ExitCodes.Success;
    }

    private static List<(Document, IReadOnlyList<GoldAttribution>)> Read(IReadOnlyList<string> corpora, List<IStage> stages,
        CancellationToken cancellationToken)
    {
        var documents = new List<(Document, IReadOnlyList<GoldAttribution>)>();
        foreach (var corpus in corpora)
            foreach (var article in PolnearCorpus.Read(corpus))
            {
                var document = new Document(article.Id, article.Text) { Published = article.Published };
                foreach (var stage in stages)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    stage.Process(document, cancellationToken);
                }
                documents.Add((document, article.Attributions));
            }
        return documents;
    }
}
