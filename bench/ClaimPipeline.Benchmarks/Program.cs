using BenchmarkDotNet.Running;

namespace ClaimPipeline.Benchmarks;

public static class Program
{
    /// <summary>
    /// `dotnet run -c Release --project bench/ClaimPipeline.Benchmarks -- --filter '*'`; `-- growth [case,…]` times the
    /// pathological cases stage by stage instead.
    /// </summary>
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "growth")
        {
            StageGrowth.Run(args.Length > 1 ? args[1].Split(',') : PathologicalBenchmarks.Cases);
            return;
        }
        var counts = Workload.CountWithoutModels();
        Console.WriteLine(counts);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchConfig.Create(counts));
    }
}
