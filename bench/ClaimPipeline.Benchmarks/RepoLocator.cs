namespace ClaimPipeline.Benchmarks;

/// <summary>
/// Finds the checkout by walking up to ClaimPipeline.sln. BenchmarkDotNet runs each benchmark from a generated
/// project under bin/, so the working directory is tried first and the program's own folder second.
/// </summary>
public static class RepoLocator
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string PipelineJson => Path.Combine(Root, "pipeline.json");

    /// <summary>The shared corpora live beside the checkout, not in it.</summary>
    public static string BbcNewsCorpus =>
        Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpora", "bbc-news", "bbc_news_2225.jsonl"));

    public static string SampleArticles => Path.Combine(Root, "data", "articles");

    private static string FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "ClaimPipeline.sln"))) return dir.FullName;
        throw new InvalidOperationException(
            $"ClaimPipeline.sln not found above {Environment.CurrentDirectory} or {AppContext.BaseDirectory}");
    }
}
