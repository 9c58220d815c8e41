using ClaimPipeline.Cli.Config;

namespace ClaimPipeline.Benchmarks;

/// <summary>The pipeline loaded from the checkout's pipeline.json and the input set, loaded once per process.</summary>
public sealed class Workload
{
    private static readonly Lazy<Workload> Shared = new(() => new Workload());

    private Workload()
    {
        Config = PipelineConfigLoader.Load(RepoLocator.PipelineJson);
        Input = InputSet.Load(Config);
        // Printed in every benchmark process's log so the throughput can be recomputed from the raw times.
        Console.WriteLine($"// {Input.Counts}");
    }

    public static Workload Instance => Shared.Value;

    public PipelineConfig Config { get; }
    public InputSet Input { get; }

    /// <summary>
    /// The counts without loading the models (fast, and the host process needs only the tokenizer); the same
    /// numbers the benchmark processes print.
    /// </summary>
    public static InputCounts CountWithoutModels() =>
        InputSet.Load(PipelineConfigLoader.Load(RepoLocator.PipelineJson, loadModels: false)).Counts;
}
