namespace ClaimPipeline.Nlp.Pipeline;

/// <summary>
/// A file path key, relative to the folder of the config file. A key without a default path is unset unless the
/// config gives it; <paramref name="whenUnset"/> says what the stage does then.
/// </summary>
public sealed class PathOption(string name, string? defaultPath, string description, string whenUnset = "none") : StageOption(name, description)
{
    /// <summary>The path used when the config leaves the key out, relative to the config's folder; null for none.</summary>
    public string? Default => defaultPath;

    public override string DefaultText => defaultPath is null ? whenUnset : $"`{defaultPath}`";
}
