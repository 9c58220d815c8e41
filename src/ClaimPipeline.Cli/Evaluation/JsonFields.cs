using System.Text.Json;

namespace ClaimPipeline.Cli.Evaluation;

/// <summary>A field a corpus record must have: its absence is named ("no \"text\" field"), where
/// <see cref="JsonElement.GetProperty(string)"/> says only "the given key was not present in the dictionary".</summary>
public static class JsonFields
{
    public static JsonElement Required(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value
            : throw new FormatException($"no \"{name}\" field");
}
