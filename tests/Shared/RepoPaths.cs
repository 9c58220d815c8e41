namespace ClaimPipeline.Tests.Shared;

/// <summary>Finds the checkout the tests run from, so they read data/ and pipeline.json without ../shared.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Data(params string[] parts) => Path.Combine([Root, "data", .. parts]);

    public static string Lexicon(string name) => Data("lexicons", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ClaimPipeline.sln"))) return dir.FullName;
        throw new InvalidOperationException("ClaimPipeline.sln not found above " + AppContext.BaseDirectory);
    }
}
