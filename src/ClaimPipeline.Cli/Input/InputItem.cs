namespace ClaimPipeline.Cli.Input;

/// <summary>
/// What reading one input yields: an article, or an error naming the file (and line or offset), or only a warning
/// for an input skipped on purpose (a FIFO in a folder); an article or error may carry a warning too.
/// </summary>
public readonly record struct InputItem(Article? Article, string? Error, string? Warning = null)
{
    public static InputItem Ok(Article article, string? warning = null) => new(article, null, warning);
    public static InputItem Fail(string error) => new(null, error);
    public static InputItem Skipped(string warning) => new(null, null, warning);
}
