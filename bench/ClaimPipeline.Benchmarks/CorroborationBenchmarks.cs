using BenchmarkDotNet.Attributes;
using ClaimPipeline.Cli.Output;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Benchmarks;

/// <summary>
/// `--corroborate` alone: clustering the rows of the input set's articles, already extracted, as `extract
/// --corroborate` and `claims review` do after the last article. One operation clusters the whole batch once.
/// </summary>
[MemoryDiagnoser]
public class CorroborationBenchmarks
{
    private List<List<ClaimRow>> _rows = [];

    [GlobalSetup]
    public void Setup()
    {
        var workload = Workload.Instance;
        foreach (var article in workload.Input.Articles)
        {
            var document = new Document(article.Id, article.Text) { Published = article.Published };
            workload.Config.Pipeline.Process(document, CancellationToken.None);
            _rows.Add(ClaimRowBuilder.Build(document, article));
        }
    }

    [Benchmark]
    public int Assign() => Corroboration.Assign(_rows).Sum(rows => rows.Count(r => r.ClusterId is not null));
}
