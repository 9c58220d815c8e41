using BenchmarkDotNet.Attributes;
using ClaimPipeline.Claims;
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

    /// <summary>Every case.</summary>
    public static string[] AllCases { get; } = ["unmatched-quotes", "no-punctuation", "long-number", "said", "quotes-and-said",
        "capitalised", "mixed-quotes", "unicode-categories", "rtl-marks", "zero-width", "lone-surrogates", "nul-bytes",
        "cr-line-ends", "bom-in-middle", "claims-one-sentence", "reported-one-sentence"];

    /// <summary>The cases to run: all, or those named in CLAIMS_BENCH_CASES (comma-separated), to rerun a few.</summary>
    public static string[] Cases =>
        Environment.GetEnvironmentVariable("CLAIMS_BENCH_CASES") is { Length: > 0 } names ? names.Split(',') : AllCases;

    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = "";

    /// <summary>Input sizes in units of about 10 KB.</summary>
    public static int[] Scales { get; } = [1, 10, 100];

    // Both parameters from sources, so that BenchmarkDotNet runs each case's three sizes back to back (a slow spell
    // on this VM then shifts a case's sizes together instead of inflating every 100× run).
    [ParamsSource(nameof(Scales))]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = Text(Case, Scale);
        WarmUp(Case);
    }

    /// <summary>
    /// Runs the case at 1× for a second, then waits for the JIT's background compiles. A 100× article is one call per
    /// iteration, so without this its per-document and per-sentence methods would be timed in their first-tier
    /// code while the 1× runs (thousands of calls) use optimised code: a JIT artefact, not growth. A batch run that
    /// meets a 1 MB article has processed others before it.
    /// </summary>
    public static void WarmUp(string name)
    {
        var unit = Text(name, 1);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.ElapsedMilliseconds < 1000)
            Workload.Instance.Config.Pipeline.Process(new Document(name, unit), CancellationToken.None);
        Thread.Sleep(500);
    }

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
            "unicode-categories" => EveryCategory(),
            "rtl-marks" => string.Concat(Enumerable.Repeat("\u202EMary said \u201Cno\u201D\u202C \u200F\u05E9\u05DC\u05D5\u05DD 20. ", 250)),
            "zero-width" => string.Concat(Enumerable.Repeat("Ma\u200Bry Sto\u200Dne said \u201Cwe\u200C moved 5,000\u2060 people\u201D. ", 200)),
            "lone-surrogates" => string.Concat(Enumerable.Repeat("Mary said \u201Cwe moved \uD800 5,000 \uDC00 people\u201D. ", 200)),
            "nul-bytes" => string.Concat(Enumerable.Repeat("Mary said\0 \u201Cwe moved\0 5,000 people\u201D\0. ", 220)),
            "cr-line-ends" => string.Concat(Enumerable.Repeat("Mary said \u201Cwe moved\r5,000 people\u201D.\r\nAna agreed.\r", 200)),
            "bom-in-middle" => string.Concat(Enumerable.Repeat("Mary said \uFEFF\u201Cwe moved 5,000 people\u201D.\uFEFF ", 220)),
            // Quotes, numbers, places and pronouns in one "sentence" that never ends: per-claim context must stay local.
            "claims-one-sentence" => string.Concat(Enumerable.Repeat("Mary Stone said \u201Cwe moved 5,000 people\u201D in Paris and he said 7 more left while ", 100)),
            "reported-one-sentence" => string.Concat(Enumerable.Repeat("according to officials prices rose and the minister said that taxes fell while ", 125)),
            _ => throw new ArgumentException($"unknown case '{name}'", nameof(name)),
        };
        return string.Concat(Enumerable.Repeat(unit, scale));
    }

    /// <summary>About 10 KB holding characters of every Unicode general category, one after another.</summary>
    private static string EveryCategory()
    {
        var text = new System.Text.StringBuilder();
        for (int c = 0x20; text.Length < 10_000; c = c >= 0x2FFFF ? 0x20 : c + 37)
            if ((c < 0xD800 || c > 0xDFFF) && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.OtherNotAssigned)
                text.Append(char.ConvertFromUtf32(c));
        return text.ToString();
    }

    [Benchmark]
    public int WholePipeline()
    {
        var document = new Document(Case, _text);
        Workload.Instance.Config.Pipeline.Process(document, CancellationToken.None);
        return document.Claims.Count;
    }
}
