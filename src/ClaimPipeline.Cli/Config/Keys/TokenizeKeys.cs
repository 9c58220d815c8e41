using ClaimPipeline.Nlp.Pipeline;

namespace ClaimPipeline.Cli.Config.Keys;

/// <summary>The keys of the "tokenize" stage in pipeline.json.</summary>
public static class TokenizeKeys
{
    public static PathOption Abbreviations { get; } = new("abbreviations", "data/lexicons/abbreviations.txt",
        "words whose final period belongs to them (\"Mr.\", \"Gen.\"), with their kind (TITLE, ACRONYM, OTHER)");
}
