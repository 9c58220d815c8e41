using ClaimPipeline.Nlp.Pipeline;

namespace ClaimPipeline.Cli.Config;

/// <summary>
/// A stage as pipeline.json names it: the keys it takes (declared once, with their defaults) and the earlier stages
/// whose loaded files it uses. The config loader rejects any other key, and a config without a used stage before it.
/// </summary>
public sealed class ConfigStage(string name, IReadOnlyList<StageOption> keys, params IReadOnlyList<StageUse> uses)
{
    public string Name => name;
    public IReadOnlyList<StageOption> Keys => keys;
    public IReadOnlyList<StageUse> Uses => uses;

    public override string ToString() => name;
}
