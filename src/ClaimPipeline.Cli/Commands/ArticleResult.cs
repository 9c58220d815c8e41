using ClaimPipeline.Cli.Input;
using ClaimPipeline.Cli.Output;

namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// What processing one input gave: its rows, or the error that stopped it; and a warning either way.
/// <paramref name="ArticleId"/> is the article's id when the input was read far enough to have one; the article
/// itself comes with its rows, for writers that show the text (the review page).
/// </summary>
public sealed record ArticleResult(List<ClaimRow>? Rows, string? Error, string? Warning, string? ArticleId = null)
{
    public Article? Article { get; init; }
}
