namespace ClaimPipeline.Cli.Review;

/// <summary>The page's template, style and script, embedded in the program so that a published binary carries them.</summary>
public static class ReviewPageAssets
{
    public static string Read(string name)
    {
        using var stream = typeof(ReviewPageAssets).Assembly.GetManifestResourceStream("ClaimPipeline.Cli.Review." + name)
            ?? throw new InvalidOperationException($"the review page's {name} is missing from the program");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
