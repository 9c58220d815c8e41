using System.Text.Json;
using ClaimPipeline.Nlp.Pipeline;

namespace ClaimPipeline.Cli.Config;

/// <summary>
/// The keys of one stage object in pipeline.json. Each getter marks its key as known; <see cref="RejectUnknown"/>
/// then names any key the stage did not ask for, so a typo is an error instead of a silently ignored setting.
/// Paths are resolved against the folder of the config file.
/// </summary>
public sealed class StageOptions(string configPath, string stage, JsonElement element)
{
    private readonly HashSet<string> _known = new(StringComparer.Ordinal) { "stage" };

    public string Stage => stage;
    public string ConfigPath => configPath;

    public string Path(string key, string defaultValue)
    {
        var value = String(key, defaultValue);
        var baseDirectory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(configPath)) ?? ".";
        return System.IO.Path.GetFullPath(System.IO.Path.Combine(baseDirectory, value));
    }

    /// <summary>The resolved path under <paramref name="key"/>, or null when the stage does not set it.</summary>
    public string? OptionalPath(string key)
    {
        _known.Add(key);
        return element.TryGetProperty(key, out _) ? Path(key, "") : null;
    }

    public string String(string key, string defaultValue)
    {
        _known.Add(key);
        if (!element.TryGetProperty(key, out var value)) return defaultValue;
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
            throw Error(key, "must be a non-empty string");
        return value.GetString()!;
    }

    public int Int(string key, int defaultValue, int min, int max)
    {
        _known.Add(key);
        if (!element.TryGetProperty(key, out var value)) return defaultValue;
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out int number) || number < min || number > max)
            throw Error(key, $"must be a whole number from {min} to {max}");
        return number;
    }

    public long Long(string key, long defaultValue, long min, long max)
    {
        _known.Add(key);
        if (!element.TryGetProperty(key, out var value)) return defaultValue;
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out long number) || number < min || number > max)
            throw Error(key, $"must be a whole number from {min} to {max}");
        return number;
    }

    public IReadOnlyList<string>? StringList(string key)
    {
        _known.Add(key);
        if (!element.TryGetProperty(key, out var value)) return null;
        if (value.ValueKind != JsonValueKind.Array) throw Error(key, "must be an array of strings");
        var list = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String) throw Error(key, "must be an array of strings");
            list.Add(item.GetString()!);
        }
        return list;
    }

    public void RejectUnknown()
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!_known.Contains(property.Name))
                throw new PipelineConfigurationException(
                    $"{configPath}: stage '{stage}': unknown key '{property.Name}' (known: {string.Join(", ", _known.Where(k => k != "stage").Order(StringComparer.Ordinal))})");
        }
    }

    public PipelineConfigurationException Error(string key, string problem) =>
        new($"{configPath}: stage '{stage}': '{key}' {problem}");
}
