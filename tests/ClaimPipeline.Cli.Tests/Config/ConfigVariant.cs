using System.Text.Json.Nodes;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Cli.Tests.Config;

/// <summary>The shipped pipeline.json with its stage list edited, written to a scratch folder.</summary>
internal static class ConfigVariant
{
    /// <summary>Writes the edited config; the paths it names point into the checkout, wherever the copy is.</summary>
    public static string Write(TempFolder folder, Action<JsonArray> editStages)
    {
        var root = JsonNode.Parse(File.ReadAllText(CliRunner.Config))!;
        editStages(root["stages"]!.AsArray());
        var text = root.ToJsonString().Replace("\"data/", $"\"{RepoPaths.Root}/data/");
        return folder.File("pipeline.json", text);
    }

    public static void Remove(JsonArray stages, string name) => stages.Remove(Find(stages, name));

    /// <summary>Moves stage <paramref name="name"/> to just before stage <paramref name="before"/>.</summary>
    public static void MoveBefore(JsonArray stages, string name, string before)
    {
        var stage = Find(stages, name);
        stages.Remove(stage);
        stages.Insert(stages.IndexOf(Find(stages, before)), stage);
    }

    private static JsonNode Find(JsonArray stages, string name) =>
        stages.Single(s => s!["stage"]!.GetValue<string>() == name)!;
}
