using BenchmarkDotNet.Attributes;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Benchmarks;

/// <summary>
/// Issue 8's pathological inputs at 1×, 10× and 100× their base size (about 10 KB, so 100× is about 1 MB): the
/// whole pipeline on one such article. Linear growth means the 100× time is about 100 times the 1× time; compare
/// the Median column down each case. (The Tokens/s and Words/s columns refer to the BBC input set and do not apply.)
/// </summary>
[MemoryDiagnoser]
public class PathologicalBenchmarks
{
    private string _text = "";

    [Params("unmatched-quotes", "no-punctuation", "long-number", "said", "quotes-and-said", "capitalised", "mixed-quotes")]
    public string Case { get; set; } = "";

    [Params(1, 10, 100)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup() => _text = Text(Case, Scale);

    /// <summary>The text of a case at a scale; each unit is about 10 KB.</summary>
    public static string Text(string name, int scale)
    {
        string unit = name switch
        {
            "unmatched-quotes" => new string('"', 10_000),
            "no-punctuation" => string.Concat(Enumerable.Repeat("the minister spoke about numbers ", 310)),
            "long-number" => new string('7', 10_000),
            "said" => string.Concat(Enumerable.Repeat("said ", 2000)),
            "quotes-and-said" => string.Concat(Enumerable.Repeat("\u201CHe said ", 1100)),
            "capitalised" => string.Concat(Enumerable.Repeat("Alpha Bravo Charlie Delta Echo ", 320)),
            "mixed-quotes" => string.Concat(Enumerable.Repeat("\"We left,\" said Ana. ", 480)),
            _ => throw new ArgumentException($"unknown case '{name}'", nameof(name)),
        };
        return string.Concat(Enumerable.Repeat(unit, scale));
    }

    [Benchmark]
    public int WholePipeline()
    {
        var document = new Document(Case, _text);
        Workload.Instance.Config.Pipeline.Process(document, CancellationToken.None);
        return document.Claims.Count;
    }
}
