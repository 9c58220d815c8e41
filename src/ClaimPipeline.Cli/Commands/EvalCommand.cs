using System.Globalization;
using System.Text.Json;
using ClaimPipeline.Cli.Config;
using ClaimPipeline.Nlp.Entities;
using ClaimPipeline.Nlp.Pipeline;
using ClaimPipeline.Nlp.Tagging;
using ClaimPipeline.Nlp.Training;
using ClaimPipeline.Nlp.Training.Evaluation;

namespace ClaimPipeline.Cli.Commands;

/// <summary>`claims eval pos|ner`: scores the shipped model (or --model) on gold corpora, as text or JSON.</summary>
public static class EvalCommand
{
    public sealed record Settings(string Task, IReadOnlyList<string> Corpora, string? Model, bool Json, string? ConfigPath, string? Domain = null, string? ErrorsPath = null);

    public static int Run(Settings settings, CliConsole console)
    {
        var task = TaggerTask.FromName(settings.Task);
        if (ConfigForCommand.TryLoad(settings.ConfigPath, loadModels: false, console) is not { } config) return ExitCodes.Usage;
        ModelFile model;
        string modelPath;
        try
        {
            modelPath = settings.Model ?? (task.IsNer ? config.EntityModelPath : config.PosModelPath)
                ?? throw new PipelineConfigurationException($"{config.Path}: no '{(task.IsNer ? "entities" : "pos")}' stage names a model; pass --model FILE");
            model = ModelFile.Load(modelPath, task.IsNer ? NerFeatures.IdFor(config.VectorClustersPath is not null, config.GazetteersPath is not null) : PosFeatures.FeatureSetId);
        }
        catch (Exception e) when (e is PipelineConfigurationException or ModelFileException)
        {
            console.Error.WriteLine($"claims: error: {e.Message}");
            return ExitCodes.Usage;
        }

        if (!TaggerTask.TryLoadResources(task, config, console, out var resources)) return ExitCodes.InputFailed;
        using var errors = settings.ErrorsPath is null ? null : new StreamWriter(settings.ErrorsPath);
        var results = new List<(string Corpus, double Score, EntityScores? Entities, int Tokens)>();
        foreach (var spec in settings.Corpora)
        {
            var source = CorpusSource.Parse(spec);
            int domain = !task.IsNer ? NewsDomain.None : settings.Domain is null ? source.Domain : NewsDomain.Parse(settings.Domain);
            List<TrainingDocument> documents;
            try
            {
                documents = task.Load([source]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                console.Error.WriteLine($"claims: error: {e.Message}");
                return ExitCodes.InputFailed;
            }
            // Entities are scored as the pipeline's stage makes them, in the chosen domain.
            EntityScores? entities;
            double score;
            try
            {
                score = task.IsNer
                    ? TaggerTask.ScoreRecognizer(new ModelEntityRecognizer(ModelEntityRecognizer.ModelsFor(model, domain, modelPath),
                        config.Names!, resources), documents, out entities, errors)
                    : task.Score(new DocumentTagger(new SequenceTagger(model.Model, PosTagger.FeatureSet, LabelConstraints.None), null, null),
                        documents, out entities);
            }
            catch (ModelFileException e)
            {
                console.Error.WriteLine($"claims: error: {e.Message}");
                return ExitCodes.Usage;
            }
            results.Add((task.IsNer ? $"{spec} (domain {NewsDomain.Names[domain]})" : spec, score, entities, documents.Sum(d => d.TokenCount)));
        }

        using var output = new StreamWriter(console.Out, leaveOpen: true);
        if (settings.Json) WriteJson(output, task, results);
        else WriteText(output, task, results);
        return ExitCodes.Success;
    }

    private static void WriteText(TextWriter output, TaggerTask task, List<(string Corpus, double Score, EntityScores? Entities, int Tokens)> results)
    {
        foreach (var (corpus, score, entities, tokens) in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{corpus} ({tokens} tokens)"));
            if (entities is null)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  accuracy  {score:0.0000}"));
                continue;
            }
            output.WriteLine("  type        gold  predicted  correct  precision  recall      F1");
            foreach (var type in entities.ByType.Append(entities.Overall))
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {type.Type,-8} {type.Gold,7} {type.Predicted,10} {type.Correct,8} {type.Precision,10:0.0000} {type.Recall,7:0.0000} {type.F1,7:0.0000}"));
        }
    }

    private static void WriteJson(TextWriter output, TaggerTask task, List<(string Corpus, double Score, EntityScores? Entities, int Tokens)> results)
    {
        var items = results.Select(r => new Dictionary<string, object?>
        {
            ["task"] = task.Name,
            ["corpus"] = r.Corpus,
            ["tokens"] = r.Tokens,
            [r.Entities is null ? "accuracy" : "f1"] = Math.Round(r.Score, 4),
            ["types"] = r.Entities?.ByType.Append(r.Entities.Overall).Select(t => new Dictionary<string, object>
            {
                ["type"] = t.Type, ["gold"] = t.Gold, ["predicted"] = t.Predicted, ["correct"] = t.Correct,
                ["precision"] = Math.Round(t.Precision, 4), ["recall"] = Math.Round(t.Recall, 4), ["f1"] = Math.Round(t.F1, 4),
            }).ToList(),
        });
        output.WriteLine(JsonSerializer.Serialize(items));
    }
}
