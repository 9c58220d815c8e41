using BenchmarkDotNet.Running;

namespace ClaimPipeline.Benchmarks;

public static class Program
{
    /// <summary>`dotnet run -c Release --project bench/ClaimPipeline.Benchmarks -- --filter '*'`.</summary>
    public static void Main(string[] args)
    {
        var counts = Workload.CountWithoutModels();
        Console.WriteLine(counts);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchConfig.Create(counts));
    }
}
