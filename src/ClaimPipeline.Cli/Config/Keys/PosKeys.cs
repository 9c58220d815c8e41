using ClaimPipeline.Nlp.Pipeline;

namespace ClaimPipeline.Cli.Config.Keys;

/// <summary>The keys of the "pos" stage in pipeline.json.</summary>
public static class PosKeys
{
    public static PathOption Model { get; } = new("model", "data/models/pos.bin",
        "the part-of-speech model (UPOS); its tags are in `Document.Tags` for later stages");
}
