using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Order;

namespace ClaimPipeline.Benchmarks;

/// <summary>
/// A short job so the whole suite fits in about ten minutes on two cores: one operation is already a pass over
/// 200 articles (milliseconds to a second), so a few iterations give stable medians.
/// </summary>
public static class BenchConfig
{
    public static IConfig Create(InputCounts counts) =>
        DefaultConfig.Instance
            .AddJob(Job.Default
                .WithLaunchCount(1)
                .WithWarmupCount(3)
                .WithIterationCount(10)
                // One core, like `taskset -c 0` in scripts/whole-run.sh: the figures are per core, GC included.
                .WithAffinity(1)
                .WithId("Short"))
            // Always shown: the doc quotes medians, and BenchmarkDotNet hides the column when it is close to the mean.
            .AddColumn(StatisticColumn.Median)
            .AddColumn(new ThroughputColumn("Tokens/s", "Tokens", counts.Tokens))
            .AddColumn(new ThroughputColumn("Words/s", "Whitespace-separated words", counts.Words))
            .WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared, MethodOrderPolicy.Declared));
}
