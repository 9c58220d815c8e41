using System.Text.Json;

namespace ClaimPipeline.Cli.Gazetteers;

/// <summary>Reads a package's JSON file; a file that is not JSON is an error naming the archive and the file.</summary>
public static class Json
{
    public static JsonDocument Parse(PackageFiles files, string name) => Parse(files.Get(name), $"{files.ArchivePath}: {name}");

    public static JsonDocument Parse(ReadOnlyMemory<byte> json, string where)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new GazetteerSourceException($"{where}: {e.Message}");
        }
    }

    /// <summary>The string property <paramref name="name"/>, or "" when it is missing or not a string.</summary>
    public static string String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : "";
}
