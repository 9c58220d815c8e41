namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// What `claims extract` was asked to do. <paramref name="Columns"/> overrides the write stage's columns when set;
/// <paramref name="Kinds"/> (quote, indirect, numeric) and <paramref name="MinConfidence"/> filter the rows.
/// </summary>
public sealed record ExtractSettings(
    IReadOnlyList<string> Paths, string? Output, string Format, DateOnly? Published, string? ConfigPath, int Threads = 1)
{
    public IReadOnlyList<string>? Columns { get; init; }
    public IReadOnlySet<string>? Kinds { get; init; }
    public double? MinConfidence { get; init; }
    public bool ByteOrderMark { get; init; }

    /// <summary>A bad article becomes an error record in the (JSONL) output and does not make the exit code 1.</summary>
    public bool InlineErrors { get; init; }

    /// <summary>Shard mode: the output is published only when every article was processed (<see cref="ShardOutput"/>).</summary>
    public bool Shard { get; init; }

    /// <summary>Cluster claims that state the same thing across articles (<see cref="Output.Corroboration"/>); holds every row until the end.</summary>
    public bool Corroborate { get; init; }

    /// <summary>The review page's title (format html).</summary>
    public string? Title { get; init; }
}
