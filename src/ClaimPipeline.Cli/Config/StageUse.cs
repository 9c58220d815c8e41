namespace ClaimPipeline.Cli.Config;

/// <summary>
/// A stage using what another stage's config loaded, such as the name lexicons of "entities": that stage must come
/// earlier in pipeline.json. <see cref="What"/> names the borrowed thing in error messages ("the name lexicons").
/// </summary>
public sealed record StageUse(string Stage, string What);
