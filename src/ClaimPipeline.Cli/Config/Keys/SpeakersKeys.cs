using ClaimPipeline.Nlp.Pipeline;

namespace ClaimPipeline.Cli.Config.Keys;

/// <summary>The keys of the "speakers" stage in pipeline.json.</summary>
public static class SpeakersKeys
{
    public static PathOption Confidence { get; } = new("confidence", null,
        "a confidence table (`claims train confidence`): calibrated confidence of quote and reported-speech rows per rule and speaker state",
        whenUnset: "none (rule priors)");
}
