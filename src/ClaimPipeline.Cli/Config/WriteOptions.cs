using ClaimPipeline.Cli.Output;
using ClaimPipeline.Nlp.Pipeline;

namespace ClaimPipeline.Cli.Config;

/// <summary>Options of the "write" stage: the output columns, in order.</summary>
public sealed record WriteOptions(IReadOnlyList<string> Columns)
{
    public static TextListOption ColumnsOption { get; } = new("columns", ClaimColumns.All, "all",
        "output columns in order; names from the README's Output table; `claims extract --columns` overrides it");

    /// <summary>The options of a config without a "write" stage.</summary>
    public static WriteOptions Default { get; } = new(ColumnsOption.Default);
}
