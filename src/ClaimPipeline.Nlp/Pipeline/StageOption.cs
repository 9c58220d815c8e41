namespace ClaimPipeline.Nlp.Pipeline;

/// <summary>
/// A key a stage takes in pipeline.json: its name, type, default and meaning, declared once, beside the value it
/// sets. The config loader reads the key through this declaration, and docs/pipeline.md's option table lists
/// exactly the declared keys with these defaults and meanings (a test compares them).
/// </summary>
public abstract class StageOption(string name, string description)
{
    public string Name => name;

    /// <summary>What the key means, as docs/pipeline.md's table gives it.</summary>
    public string Description => description;

    /// <summary>The default as docs/pipeline.md's table gives it.</summary>
    public abstract string DefaultText { get; }

    public override string ToString() => name;
}
