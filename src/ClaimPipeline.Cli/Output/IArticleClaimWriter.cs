using ClaimPipeline.Cli.Input;

namespace ClaimPipeline.Cli.Output;

/// <summary>A writer that shows each article's text with its rows (the review page); the others see the rows only.</summary>
public interface IArticleClaimWriter : IClaimWriter
{
    void Write(Article article, IReadOnlyList<ClaimRow> rows);
}
