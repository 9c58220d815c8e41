using System.Text.Json;
using ClaimPipeline.Nlp.Pipeline;

namespace ClaimPipeline.Cli.Config;

/// <summary>
/// The keys of one stage object in pipeline.json, read through the stage's declared <see cref="StageOption"/>s.
/// <see cref="RejectUnknown"/> then names any key the stage does not declare, so a typo is an error instead of a
/// silently ignored setting. Paths are resolved against the folder of the config file.
/// </summary>
public sealed class StageOptions(string configPath, ConfigStage stage, JsonElement element)
{
    private readonly HashSet<StageOption> _read = [];

    public string Stage => stage.Name;
    public string ConfigPath => configPath;

    public string Path(PathOption key) => Resolve(StringValue(key, key.Default
        ?? throw new InvalidOperationException($"'{key.Name}' has no default path; read it with OptionalPath")));

    /// <summary>The resolved path under the key, or null when the stage does not set it (keys without a default).</summary>
    public string? OptionalPath(PathOption key)
    {
        MarkRead(key);
        return element.TryGetProperty(key.Name, out _) ? Resolve(StringValue(key, "")) : null;
    }

    public string Text(TextOption key) => StringValue(key, key.Default);

    public int Int(IntOption key)
    {
        MarkRead(key);
        if (!element.TryGetProperty(key.Name, out var value)) return key.Default;
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out int number) || number < key.Min || number > key.Max)
            throw Error(key.Name, $"must be a whole number from {key.Min} to {key.Max}");
        return number;
    }

    public IReadOnlyList<string> List(TextListOption key)
    {
        MarkRead(key);
        if (!element.TryGetProperty(key.Name, out var value)) return key.Default;
        if (value.ValueKind != JsonValueKind.Array) throw Error(key.Name, "must be an array of strings");
        var list = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String) throw Error(key.Name, "must be an array of strings");
            list.Add(item.GetString()!);
        }
        return list;
    }

    /// <summary>
    /// Fails on a key the stage does not declare. Also checks that the stage read every key it declares: a declared
    /// key the builder forgot would be accepted and silently ignored.
    /// </summary>
    public void RejectUnknown()
    {
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name != "stage" && !stage.Keys.Any(key => key.Name == property.Name))
                throw Error(null, $"unknown key '{property.Name}' ({KnownKeys()})");
        }
        foreach (var key in stage.Keys)
            if (!_read.Contains(key)) throw new InvalidOperationException($"stage '{stage.Name}' declares '{key.Name}' but never reads it");
    }

    public PipelineConfigurationException Error(string? key, string problem) =>
        new($"{configPath}: stage '{stage.Name}': {(key is null ? "" : $"'{key}' ")}{problem}");

    private string KnownKeys() => stage.Keys.Count == 0
        ? "it takes none"
        : "known: " + string.Join(", ", stage.Keys.Select(key => key.Name).Order(StringComparer.Ordinal));

    private string StringValue(StageOption key, string defaultValue)
    {
        MarkRead(key);
        if (!element.TryGetProperty(key.Name, out var value)) return defaultValue;
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
            throw Error(key.Name, "must be a non-empty string");
        return value.GetString()!;
    }

    private string Resolve(string path)
    {
        var baseDirectory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(configPath)) ?? ".";
        return System.IO.Path.GetFullPath(System.IO.Path.Combine(baseDirectory, path));
    }

    private void MarkRead(StageOption key)
    {
        if (!stage.Keys.Contains(key)) throw new InvalidOperationException($"stage '{stage.Name}' reads '{key.Name}' without declaring it");
        _read.Add(key);
    }
}
