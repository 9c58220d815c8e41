namespace ClaimPipeline.Cli.Config;

/// <summary>Options of the "read" stage: an article larger than MaxArticleBytes is skipped with an error.</summary>
public sealed record ReadOptions(long MaxArticleBytes)
{
    public const long DefaultMaxArticleBytes = 5 * 1024 * 1024;
}
