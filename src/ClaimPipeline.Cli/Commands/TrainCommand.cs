using System.Diagnostics;
using System.Globalization;
using ClaimPipeline.Cli.Config;
using ClaimPipeline.Nlp.Entities;
using ClaimPipeline.Nlp.Tagging;
using ClaimPipeline.Nlp.Training;
using ClaimPipeline.Nlp.Training.Corpora;

namespace ClaimPipeline.Cli.Commands;

/// <summary>`claims train pos|ner`: trains a tagger on corpora, prints the dev score after each epoch, writes the model.</summary>
public static class TrainCommand
{
    public sealed record Settings(string Task, IReadOnlyList<string> Train, IReadOnlyList<string> Dev, string Output, int Epochs, int Seed,
        float Prune, int Passes, string? ConfigPath, string CommandLine, IReadOnlyList<string> DomainsAlone, int Beam = 1, float? BeamTemperature = null,
        NerFeatureGroups LeaveOut = NerFeatureGroups.None);

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
            dev = task.Load(settings.Dev.Select(CorpusSource.Parse));
            console.Error.WriteLine($"claims: {train.Sum(d => d.TokenCount)} training tokens in {train.Count} documents, "
                + $"{dev.Sum(d => d.TokenCount)} dev tokens; read in {clock.Elapsed.TotalSeconds:0.0} s");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            console.Error.WriteLine($"claims: error: {e.Message}");
            return ExitCodes.InputFailed;
        }

        var classes = task.Classes(train);
        if (!TaggerTask.TryLoadResources(task, config, console, out var resources)) return ExitCodes.InputFailed;
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
            // Epochs are picked with the beam when its temperature is given, else greedily and the temperature fitted after.
            Beam = task.IsNer && settings.BeamTemperature is not null ? settings.Beam : 1,
            BeamTemperature = settings.BeamTemperature ?? 1f,
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

        // The recognizer remembers the names its training documents annotate (each document in a tenth; NameMemory).
        var foldOf = new Dictionary<TrainingDocument, int>();
        NameMemory? memory = null;
        var types = classes.Where(c => c.Length > 2 && c[0] == 'B').Select(c => c[2..]).ToList();
        if (task.IsNer && (settings.LeaveOut & NerFeatureGroups.Memory) == 0)
        {
            memory = new NameMemory(types.Count);
            for (int d = 0; d < train.Count; d++)
            {
                var document = train[d];
                foldOf[document] = d % NameMemory.Folds;
                for (int s = 0; s < document.Document.Sentences.Length; s++)
                {
                    int first = document.Document.Sentences[s].FirstToken;
                    foreach (var (start, end, type) in BioSpans.Extract(BilouTags.ToBio(document.Tags[s])))
                        memory.Add(document.Document, first + start, first + end, types.IndexOf(type), foldOf[document]);
                }
            }
        }
        var firstFeatures = task.Features(config?.Names, resources, classes, settings.LeaveOut, memory);

        void HideOwnNames(TrainingDocument document, TaggingScratch scratch)
        {
            if (foldOf.TryGetValue(document, out int fold)) scratch.NameMemoryFold = fold;
        }

        // The passes of one model set, trained on `documents`, labelled `name` in the progress lines.
        // Each model set picks its epoch on the dev corpora of the domains it serves (all of them when none is).
        var aloneDomains = settings.DomainsAlone.Select(NewsDomain.Parse).ToHashSet();
        List<TrainingDocument> DevFor(int? aloneDomain)
        {
            var own = dev.Where(d => aloneDomain is int domain ? d.Domain == domain : !aloneDomains.Contains(d.Domain)).ToList();
            return own.Count > 0 ? own : dev;
        }

        (List<PerceptronModel> Models, DocumentTagger Tagger) TrainPasses(List<TrainingDocument> documents, string name, List<TrainingDocument> dev)
        {
            var first = Trainer(firstFeatures, documents, $"{name}pass 1", t => task.Score(new DocumentTagger(t, null, null), dev, out _),
                HideOwnNames).Train(documents);
            if (!task.IsNer || settings.Passes != 2) return ([first.Model], new DocumentTagger(first, null, null));
            // The second pass learns from first-pass labels that a model not trained on the document gave it,
            // as at run time: each quarter of the training documents is labelled by a model trained on the rest.
            var firstPassLabels = new Dictionary<TrainingDocument, List<int[]>>();
            const int folds = 4;
            for (int fold = 0; fold < folds; fold++)
            {
                var rest = documents.Where((_, i) => i % folds != fold).ToList();
                var foldTagger = new DocumentTagger(Trainer(firstFeatures, rest, $"{name}fold {fold + 1}/{folds}", null, HideOwnNames).Train(rest), null, null);
                var scratch = new TaggingScratch();
                foreach (var document in documents.Where((_, i) => i % folds == fold))
                {
                    scratch.Domain = document.Domain;
                    firstPassLabels[document] = foldTagger.Tag(document.Document, scratch);
                }
            }
            var secondFeatures = new NerFeatures(config!.Names!, resources, classes, secondPass: true) { Memory = memory, LeftOut = settings.LeaveOut };
            var second = Trainer(secondFeatures, documents, $"{name}pass 2",
                t => task.Score(new DocumentTagger(first, t, secondFeatures), dev, out _),
                (document, scratch) =>
                {
                    HideOwnNames(document, scratch);
                    secondFeatures.PrepareSecondPass(document.Document, firstPassLabels[document], scratch);
                }).Train(documents);
            return ([first.Model, second.Model], new DocumentTagger(first, second, secondFeatures));
        }

        // The beam's temperature turns the perceptron's scores into probabilities; their scale depends on the model,
        // so unless given, each model set gets the temperature that scores best on its own dev corpora.
        float[] temperatures = [1f, 3f, 10f, 20f, 30f, 50f, 80f];
        (DocumentTagger Tagger, float Temperature) Decoding(DocumentTagger tagger, List<TrainingDocument> dev, string name)
        {
            if (!task.IsNer || settings.Beam <= 1) return (tagger, 1f);
            if (settings.BeamTemperature is float given) return (tagger.WithDecoding(settings.Beam, given), given);
            var best = (Tagger: tagger.WithDecoding(settings.Beam, temperatures[0]), Temperature: temperatures[0], Score: double.NegativeInfinity);
            foreach (var temperature in temperatures)
            {
                var candidate = tagger.WithDecoding(settings.Beam, temperature);
                double score = task.Score(candidate, dev, out _);
                if (score > best.Score) best = (candidate, temperature, score);
            }
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}beam {settings.Beam}: temperature {best.Temperature} (dev F1 {best.Score:0.0000})"));
            return (best.Tagger, best.Temperature);
        }
        var temperatureOf = new Dictionary<int, float>();

        var sharedDev = DevFor(null);
        var (models, greedy) = TrainPasses(train, "", sharedDev);
        var (best, sharedTemperature) = Decoding(greedy, sharedDev, "");
        double score = task.Score(best, sharedDev, out _);
        var aloneScores = new Dictionary<int, double>();
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
            var ownDev = DevFor(domain);
            var (ownModels, ownGreedy) = TrainPasses(own, $"{name} alone, ", ownDev);
            var (ownTagger, ownTemperature) = Decoding(ownGreedy, ownDev, $"{name} alone, ");
            alone[domain] = ownModels;
            temperatureOf[domain] = ownTemperature;
            aloneScores[domain] = task.Score(ownTagger, ownDev, out _);
        }
        var metadata = new Dictionary<string, string>
        {
            ["task"] = task.Name,
            ["trained-on"] = string.Join(" ", settings.Train),
            ["dev"] = string.Join(" ", settings.Dev),
            ["dev-score"] = score.ToString("0.0000", CultureInfo.InvariantCulture),
            ["dev-score-alone"] = string.Join(" ", aloneScores.Select(p => string.Create(CultureInfo.InvariantCulture, $"{NewsDomain.Names[p.Key]}={p.Value:0.0000}"))),
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
            metadata["beam"] = settings.Beam.ToString(CultureInfo.InvariantCulture);
            // "reuters=50 worldwide=80": the temperature of each domain's models.
            metadata["beam-temperature"] = string.Join(' ', domains.Select(d => string.Create(CultureInfo.InvariantCulture,
                $"{NewsDomain.Names[d]}={temperatureOf.GetValueOrDefault(d, sharedTemperature)}")));
            if (settings.LeaveOut != NerFeatureGroups.None) metadata[ModelEntityRecognizer.LeftOutKey] = settings.LeaveOut.ToString();
            if (memory is not null)
            {
                models.Add(memory.ToModel(types.ToArray()));
                metadata[ModelEntityRecognizer.NameMemoryKey] = "last";
            }
        }
        new ModelFile(firstFeatures.Id, metadata, models).Save(settings.Output);
        var aloneReport = string.Concat(aloneScores.Select(p => string.Create(CultureInfo.InvariantCulture, $", {NewsDomain.Names[p.Key]} alone {p.Value:0.0000}")));
        console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"claims: wrote {settings.Output} ({new FileInfo(settings.Output).Length / 1024} KiB, {models.Sum(m => m.Features.Length)} features), dev {(task.IsNer ? "F1" : "accuracy")} {score:0.0000}{aloneReport}"));
        return ExitCodes.Success;
    }
}
