using System.Diagnostics;
using System.Globalization;
using ClaimPipeline.Cli.Config;
using ClaimPipeline.Nlp.Entities;
using ClaimPipeline.Nlp.Tagging;
using ClaimPipeline.Nlp.Training;

namespace ClaimPipeline.Cli.Commands;

/// <summary>`claims train pos|ner`: trains a tagger on corpora, prints the dev score after each epoch, writes the model.</summary>
public static class TrainCommand
{
    public sealed record Settings(string Task, IReadOnlyList<string> Train, string Dev, string Output, int Epochs, int Seed,
        float Prune, int Passes, string? ConfigPath, string CommandLine, IReadOnlyList<string> DomainsAlone);

    public static int Run(Settings settings, CliConsole console)
    {
        var task = TaggerTask.FromName(settings.Task);
        // The entity features use the lexicons and word classes that pipeline.json names.
        PipelineConfig? config = null;
        if (task.IsNer && (config = ConfigForCommand.TryLoad(settings.ConfigPath, loadModels: false, console)) is null)
            return ExitCodes.Usage;

        List<TrainingDocument> train, dev;
        try
        {
            var clock = Stopwatch.StartNew();
            train = task.Load(settings.Train.Select(CorpusSource.Parse));
            dev = task.Load([CorpusSource.Parse(settings.Dev)]);
            console.Error.WriteLine($"claims: {train.Sum(d => d.TokenCount)} training tokens in {train.Count} documents, "
                + $"{dev.Sum(d => d.TokenCount)} dev tokens; read in {clock.Elapsed.TotalSeconds:0.0} s");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            console.Error.WriteLine($"claims: error: {e.Message}");
            return ExitCodes.InputFailed;
        }

        var classes = task.Classes(train);
        var clusters = TaggerTask.LoadClusters(config);
        VectorClusters? vectors;
        try
        {
            vectors = TaggerTask.LoadVectorClusters(config);
        }
        catch (Nlp.Lexicons.LexiconException e)
        {
            console.Error.WriteLine($"claims: error: {e.Message}");
            return ExitCodes.InputFailed;
        }
        var progress = new ProgressBar(console, "training");
        TaggerTrainer Trainer(ISequenceFeatures features, IReadOnlyList<TrainingDocument> documents, string label,
            Func<SequenceTagger, double>? scoreDev, Action<TrainingDocument, TaggingScratch>? beforeDocument = null) => new()
        {
            Classes = classes,
            Features = features,
            Constraints = task.Constraints(classes),
            Epochs = settings.Epochs,
            Seed = settings.Seed,
            PruneBelow = settings.Prune,
            ScoreDev = scoreDev,
            BeforeDocument = beforeDocument,
            OnProgress = (epoch, done) => progress.Report(done, documents.Count, $"{label} epoch {epoch}/{settings.Epochs}"),
            OnEpoch = report =>
            {
                progress.Clear();
                var dev = scoreDev is null ? "" : string.Create(CultureInfo.InvariantCulture, $", dev {(task.IsNer ? "F1" : "accuracy")} {report.DevScore:0.0000}");
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{label} epoch {report.Epoch}/{report.Epochs}: train accuracy {report.TrainAccuracy:0.0000}{dev}, {report.Features} features"));
            },
        };

        var firstFeatures = task.Features(config?.Names, clusters, vectors, classes);

        // The passes of one model set, trained on `documents`, labelled `name` in the progress lines.
        (List<PerceptronModel> Models, DocumentTagger Tagger) TrainPasses(List<TrainingDocument> documents, string name)
        {
            var first = Trainer(firstFeatures, documents, $"{name}pass 1", t => task.Score(new DocumentTagger(t, null, null), dev, out _)).Train(documents);
            if (!task.IsNer || settings.Passes != 2) return ([first.Model], new DocumentTagger(first, null, null));
            // The second pass learns from first-pass labels that a model not trained on the document gave it,
            // as at run time: each quarter of the training documents is labelled by a model trained on the rest.
            var firstPassLabels = new Dictionary<TrainingDocument, List<int[]>>();
            const int folds = 4;
            for (int fold = 0; fold < folds; fold++)
            {
                var rest = documents.Where((_, i) => i % folds != fold).ToList();
                var foldTagger = new DocumentTagger(Trainer(firstFeatures, rest, $"{name}fold {fold + 1}/{folds}", null).Train(rest), null, null);
                var scratch = new TaggingScratch();
                foreach (var document in documents.Where((_, i) => i % folds == fold))
                {
                    scratch.Domain = document.Domain;
                    firstPassLabels[document] = foldTagger.Tag(document.Document, scratch);
                }
            }
            var secondFeatures = new NerFeatures(config!.Names!, clusters ?? WordClusters.Empty, classes, secondPass: true, vectors);
            var second = Trainer(secondFeatures, documents, $"{name}pass 2",
                t => task.Score(new DocumentTagger(first, t, secondFeatures), dev, out _),
                (document, scratch) => secondFeatures.PrepareSecondPass(document.Document, firstPassLabels[document], scratch)).Train(documents);
            return ([first.Model, second.Model], new DocumentTagger(first, second, secondFeatures));
        }

        var (models, best) = TrainPasses(train, "");
        // A domain trained "alone" gets models trained on its own corpora only (decision 18).
        var alone = new Dictionary<int, List<PerceptronModel>>();
        foreach (var name in settings.DomainsAlone)
        {
            int domain = NewsDomain.Parse(name);
            var own = train.Where(d => d.Domain == domain).ToList();
            if (domain <= NewsDomain.None || own.Count == 0)
            {
                console.Error.WriteLine($"claims: error: --domain-alone {name}: no training corpus is in that domain");
                return ExitCodes.Usage;
            }
            var (ownModels, ownTagger) = TrainPasses(own, $"{name} alone, ");
            alone[domain] = ownModels;
            if (dev.All(d => d.Domain == domain)) best = ownTagger;
        }
        double score = task.Score(best, dev, out _);
        var metadata = new Dictionary<string, string>
        {
            ["task"] = task.Name,
            ["trained-on"] = string.Join(" ", settings.Train),
            ["dev"] = settings.Dev,
            ["dev-score"] = score.ToString("0.0000", CultureInfo.InvariantCulture),
            ["epochs"] = settings.Epochs.ToString(CultureInfo.InvariantCulture),
            ["passes"] = models.Count.ToString(CultureInfo.InvariantCulture),
            ["seed"] = settings.Seed.ToString(CultureInfo.InvariantCulture),
            ["command"] = settings.CommandLine,
            ["licence-note"] = "trained on research-only corpora; see README, Models and data",
        };
        var directory = Path.GetDirectoryName(Path.GetFullPath(settings.Output));
        if (directory is not null) Directory.CreateDirectory(directory);
        if (task.IsNer)
        {
            // Ship one folded model set per domain the training data had, so that loading does no merging.
            var domains = train.Select(d => d.Domain).Distinct().Order().ToList();
            metadata["domains"] = string.Join(' ', domains.Select(d => NewsDomain.Names[d]));
            models = domains.SelectMany(d => ModelEntityRecognizer.FoldDomains(alone.GetValueOrDefault(d, models), [d])).ToList();
            if (alone.Count > 0) metadata["domains-alone"] = string.Join(' ', alone.Keys.Order().Select(d => NewsDomain.Names[d]));
        }
        new ModelFile(firstFeatures.Id, metadata, models).Save(settings.Output);
        console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"claims: wrote {settings.Output} ({new FileInfo(settings.Output).Length / 1024} KiB, {models.Sum(m => m.Features.Length)} features), dev {(task.IsNer ? "F1" : "accuracy")} {score:0.0000}"));
        return ExitCodes.Success;
    }
}
