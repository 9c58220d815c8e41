using BenchmarkDotNet.Attributes;
using ClaimPipeline.Claims;
using ClaimPipeline.Nlp.Pipeline;

namespace ClaimPipeline.Benchmarks;

/// <summary>
/// Each stage alone over the input set, on documents the earlier stages have already processed, so the time is
/// the stage's own. One operation is one pass over all the articles of the input set.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private IStage _stage = null!;
    private PreparedDocument[] _documents = [];

    /// <summary>Pipeline order; each name must be a stage in pipeline.json.</summary>
    public static IEnumerable<string> StageNames =>
        ["normalize", "tokenize", "sentences", "pos", "entities", "quotes", "numbers", "speakers"];

    [ParamsSource(nameof(StageNames))]
    public string Stage { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var workload = Workload.Instance;
        int index = InputSet.StageIndex(workload.Config, Stage);
        _stage = workload.Config.Pipeline.Stages[index];
        _documents = workload.Input.Prepare(workload.Config.Pipeline.Stages.Take(index))
            .Select(d => new PreparedDocument(d)).ToArray();

        // A stage that kept state between runs would make every measured run after the first a different workload.
        Run();
        var first = _documents.Select(d => d.Fingerprint()).ToArray();
        Run();
        for (int i = 0; i < _documents.Length; i++)
            if (_documents[i].Fingerprint() != first[i])
                throw new InvalidOperationException(
                    $"stage '{Stage}' gives a different result when run again on {_documents[i].Document.Id}; the benchmark's reset is incomplete");
    }

    [Benchmark]
    public int Run()
    {
        int claims = 0;
        foreach (var prepared in _documents)
        {
            prepared.Restore();
            _stage.Process(prepared.Document, CancellationToken.None);
            claims += prepared.Document.Claims.Count;
        }
        return claims;
    }
}
