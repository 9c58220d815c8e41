using BenchmarkDotNet.Attributes;
using ClaimPipeline.Cli.Output;
using ClaimPipeline.Nlp.Pipeline;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Benchmarks;

/// <summary>
/// Groups of stages over the input set: the NLP core (tokenizer, sentence splitter, POS tagger, entity recognizer)
/// and the whole pipeline as `claims extract` runs it. One operation is one pass over all the articles.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private static readonly string[] CoreStageNames = ["tokenize", "sentences", "pos", "entities"];

    private Workload _workload = null!;
    private IStage[] _core = [];
    private List<Document> _normalized = [];

    [GlobalSetup]
    public void Setup()
    {
        _workload = Workload.Instance;
        var config = _workload.Config;
        _core = CoreStageNames.Select(name => config.Pipeline.Stages[InputSet.StageIndex(config, name)]).ToArray();
        // The core starts from folded text, as the tokenizer does in the pipeline.
        int first = InputSet.StageIndex(config, CoreStageNames[0]);
        _normalized = _workload.Input.Prepare(config.Pipeline.Stages.Take(first));
    }

    /// <summary>Tokenizer + sentences + POS + entities. They replace their layers, so re-running them is the same work.</summary>
    [Benchmark]
    public int NlpCore()
    {
        int entities = 0;
        foreach (var document in _normalized)
        {
            foreach (var stage in _core)
                stage.Process(document, CancellationToken.None);
            entities += document.Entities.Length;
        }
        return entities;
    }

    /// <summary>What `claims extract` does per article: a new document, every stage, the rows, CSV (to a null stream).</summary>
    [Benchmark]
    public int WholePipeline()
    {
        var config = _workload.Config;
        int rows = 0;
        using var writer = new CsvClaimWriter(Stream.Null, config.Write.Columns);
        foreach (var article in _workload.Input.Articles)
        {
            var document = new Document(article.Id, article.Text) { Published = article.Published };
            config.Pipeline.Process(document, CancellationToken.None);
            var built = ClaimRowBuilder.Build(document);
            writer.Write(built);
            rows += built.Count;
        }
        return rows;
    }
}
