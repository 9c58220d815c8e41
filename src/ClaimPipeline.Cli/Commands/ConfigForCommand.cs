using ClaimPipeline.Cli.Config;
using ClaimPipeline.Nlp.Pipeline;

namespace ClaimPipeline.Cli.Commands;

/// <summary>Finds and loads the pipeline config for a command, reporting a missing or wrong config as a usage error.</summary>
public static class ConfigForCommand
{
    /// <summary>The loaded config, or null after writing the error to stderr (the command then exits 2).</summary>
    public static PipelineConfig? TryLoad(string? configPath, bool loadModels, CliConsole console, bool loadAttributionModel = true)
    {
        var path = PipelineConfigLoader.Locate(configPath);
        if (path is null)
        {
            console.Error.WriteLine("claims: error: no pipeline.json in the current folder or above the program; pass --config FILE");
            return null;
        }
        try
        {
            return PipelineConfigLoader.Load(path, loadModels, loadAttributionModel);
        }
        catch (PipelineConfigurationException e)
        {
            console.Error.WriteLine($"claims: error: {e.Message}");
            return null;
        }
    }
}
