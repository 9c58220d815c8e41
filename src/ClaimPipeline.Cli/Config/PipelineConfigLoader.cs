using System.Text.Json;
using ClaimPipeline.Cli.Input;
using ClaimPipeline.Nlp.Pipeline;

namespace ClaimPipeline.Cli.Config;

/// <summary>
/// Loads and validates pipeline.json: {"version": 1, "stages": [{"stage": NAME, …options}]}. Every problem is a
/// <see cref="PipelineConfigurationException"/> whose message names the file and the stage or key.
/// </summary>
public static class PipelineConfigLoader
{
    public const int Version = 1;

    /// <summary>
    /// Loads the config; without <paramref name="loadModels"/> the model files are not read (for `train`), and without
    /// <paramref name="loadAttributionModel"/> the quote stage runs its rules alone (for `train attribution`, which
    /// must work when the model it replaces is missing or stale).
    /// </summary>
    public static PipelineConfig Load(string path, bool loadModels = true, bool loadAttributionModel = true)
    {
        JsonDocument json;
        byte[] bytes = [];
        try
        {
            bytes = File.ReadAllBytes(path);
            json = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PipelineConfigurationException($"{path}: cannot read the pipeline config: {e.Message}");
        }
        catch (JsonException e)
        {
            // The file's line and column, and the parser's reason without its own position ("LineNumber: 1 | …").
            var line = (int)(e.LineNumber ?? 0);
            throw new PipelineConfigurationException($"{path}:{line + 1}: {JsonlArticleParser.NotValidJson(e, LineOf(bytes, line))}");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new PipelineConfigurationException($"{path}: expected a JSON object");
            foreach (var property in root.EnumerateObject())
                if (property.Name is not ("version" or "stages" or "description"))
                    throw new PipelineConfigurationException($"{path}: unknown key '{property.Name}' (known: version, stages, description)");
            if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out int v) || v != Version)
                throw new PipelineConfigurationException($"{path}: 'version' must be {Version}");
            if (!root.TryGetProperty("stages", out var stages) || stages.ValueKind != JsonValueKind.Array || stages.GetArrayLength() == 0)
                throw new PipelineConfigurationException($"{path}: 'stages' must be a non-empty array");

            var declared = Declared(path, stages);
            var factory = new StageFactory(loadModels, loadAttributionModel);
            foreach (var (stage, element) in declared) factory.Prefetch(new StageOptions(path, stage, element));
            var built = new List<Task<IStage>>();
            foreach (var (stage, element) in declared)
                if (factory.Create(new StageOptions(path, stage, element)) is { } task) built.Add(task);
            // GetResult rethrows a loading task's own exception (a PipelineConfigurationException naming the stage).
            var loaded = built.Select(task => task.GetAwaiter().GetResult()).ToList();
            TextPipeline pipeline;
            try
            {
                pipeline = new TextPipeline(loaded);
            }
            catch (PipelineConfigurationException e)
            {
                throw new PipelineConfigurationException($"{path}: {e.Message}");
            }
            return new PipelineConfig(path, factory.Read, pipeline, factory.Write)
            {
                Names = factory.Names,
                EntityModelPath = factory.EntityModelPath,
                PosModelPath = factory.PosModelPath,
                ClustersPath = factory.ClustersPath,
                VectorClustersPath = factory.VectorClustersPath,
                GazetteersPath = factory.GazetteersPath,
                Tokenizer = factory.Tokenizer,
                EntityDomain = factory.EntityDomain,
            };
        }
    }

    /// <summary>
    /// The stages in config order with their declarations, once the list itself is valid: every entry names a known
    /// stage, once; "read" comes first and "write" last; and every stage a stage uses comes before it.
    /// </summary>
    private static List<(ConfigStage Stage, JsonElement Element)> Declared(string path, JsonElement stages)
    {
        var declared = new List<(ConfigStage Stage, JsonElement Element)>();
        int count = stages.GetArrayLength();
        foreach (var element in stages.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("stage", out var nameElement)
                || nameElement.ValueKind != JsonValueKind.String)
                throw new PipelineConfigurationException($"{path}: stages[{declared.Count}] must be an object with a \"stage\" name");
            var name = nameElement.GetString()!;
            var stage = StageCatalog.Find(name) ?? throw new PipelineConfigurationException(
                $"{path}: stage '{name}': 'stage' is unknown: '{name}' (known stages: {string.Join(", ", StageCatalog.Names)})");
            if (declared.Exists(d => d.Stage == stage)) throw new PipelineConfigurationException($"{path}: stage '{name}' appears twice");
            if (name == "read" && declared.Count != 0) throw new PipelineConfigurationException($"{path}: stage 'read' must come first");
            if (name == "write" && declared.Count != count - 1) throw new PipelineConfigurationException($"{path}: stage 'write' must come last");
            declared.Add((stage, element));
        }
        var names = declared.Select(d => d.Stage.Name).ToList();
        for (int i = 0; i < names.Count; i++)
        {
            foreach (var use in declared[i].Stage.Uses)
            {
                int at = names.IndexOf(use.Stage);
                if (at < 0)
                    throw new PipelineConfigurationException(
                        $"{path}: stage '{names[i]}' uses {use.What} of stage '{use.Stage}', which the config does not have; add '{use.Stage}' before '{names[i]}'");
                if (at > i)
                    throw new PipelineConfigurationException(
                        $"{path}: stage '{names[i]}' uses {use.What} of stage '{use.Stage}', which comes only after it; put '{use.Stage}' before '{names[i]}'");
            }
        }
        return declared;
    }

    /// <summary>--config, else ./pipeline.json, else the pipeline.json of the checkout the program was built in.</summary>
    public static string? Locate(string? explicitPath)
    {
        if (explicitPath is not null) return explicitPath;
        if (File.Exists("pipeline.json")) return Path.GetFullPath("pipeline.json");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "pipeline.json");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The bytes of the 0-based line <paramref name="number"/>, without its newline.</summary>
    private static ReadOnlySpan<byte> LineOf(byte[] bytes, int number)
    {
        int start = 0;
        for (int line = 0; line < number && start < bytes.Length; line++)
        {
            int newline = Array.IndexOf(bytes, (byte)'\n', start);
            if (newline < 0) return [];
            start = newline + 1;
        }
        int end = Array.IndexOf(bytes, (byte)'\n', start);
        return bytes.AsSpan(start, (end < 0 ? bytes.Length : end) - start);
    }
}
