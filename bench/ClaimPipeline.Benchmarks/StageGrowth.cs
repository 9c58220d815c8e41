using System.Diagnostics;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Benchmarks;

/// <summary>
/// `-- growth [case,…]`: the pathological cases at 1×, 10× and 100×, timed stage by stage in this process (many
/// runs at 1×, a few at 100×; medians), to show which stage grows faster than its input. A diagnostic beside the
/// BenchmarkDotNet figures, which time the whole pipeline only.
/// </summary>
public static class StageGrowth
{
    public static void Run(IReadOnlyList<string> cases)
    {
        var stages = Workload.Instance.Config.Pipeline.Stages;
        Console.WriteLine($"case | scale | {string.Join(" | ", stages.Select(s => s.Name))} | total (ms, medians)");
        foreach (var name in cases)
        {
            PathologicalBenchmarks.WarmUp(name);
            var medians = new double[PathologicalBenchmarks.Scales.Length][];
            for (int s = 0; s < PathologicalBenchmarks.Scales.Length; s++)
            {
                medians[s] = Time(PathologicalBenchmarks.Text(name, PathologicalBenchmarks.Scales[s]), name, runs: PathologicalBenchmarks.Scales[s] switch { 1 => 200, 10 => 30, _ => 7 });
                Console.WriteLine($"{name} | {PathologicalBenchmarks.Scales[s]}× | {string.Join(" | ", medians[s].Select(m => m.ToString("F2")))}");
            }
            var growth = medians[^1].Select((m, k) => medians[0][k] > 0 ? m / medians[0][k] : 0).ToArray();
            Console.WriteLine($"{name} | 100×/1× | {string.Join(" | ", growth.Select(g => g.ToString("F0") + "×"))}");
        }
    }

    /// <summary>Median milliseconds per stage and in total over <paramref name="runs"/> runs, after one unmeasured run.</summary>
    private static double[] Time(string text, string id, int runs)
    {
        var stages = Workload.Instance.Config.Pipeline.Stages;
        var times = new double[stages.Count + 1][];
        for (int k = 0; k < times.Length; k++) times[k] = new double[runs];
        for (int run = -1; run < runs; run++)
        {
            var document = new Document(id, text);
            long total = 0;
            for (int k = 0; k < stages.Count; k++)
            {
                long start = Stopwatch.GetTimestamp();
                stages[k].Process(document, CancellationToken.None);
                long elapsed = Stopwatch.GetTimestamp() - start;
                total += elapsed;
                if (run >= 0) times[k][run] = Stopwatch.GetElapsedTime(0, elapsed).TotalMilliseconds;
            }
            if (run >= 0) times[^1][run] = Stopwatch.GetElapsedTime(0, total).TotalMilliseconds;
        }
        return times.Select(Median).ToArray();
    }

    private static double Median(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        return sorted[sorted.Length / 2];
    }
}
