using ClaimPipeline.Nlp.Pipeline;

namespace ClaimPipeline.Cli.Config;

/// <summary>Options of the "read" stage: an article larger than MaxArticleBytes is skipped with an error.</summary>
public sealed record ReadOptions(long MaxArticleBytes)
{
    public static IntOption MaxArticleBytesOption { get; } = new("maxArticleBytes", 5 * 1024 * 1024, 1, int.MaxValue,
        "an article (a .txt file or a JSONL line, from a file, a FIFO or stdin) larger than this is skipped with an error; "
        + "a stream is read only up to this limit plus one byte");

    /// <summary>The options of a config without a "read" stage.</summary>
    public static ReadOptions Default { get; } = new(MaxArticleBytesOption.Default);
}
