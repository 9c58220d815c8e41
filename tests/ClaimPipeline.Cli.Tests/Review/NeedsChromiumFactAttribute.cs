namespace ClaimPipeline.Cli.Tests.Review;

/// <summary>
/// A test that drives Debian's Chromium: reported as skipped, with the reason, where it is missing (a developer
/// machine); .ci/run installs it, so in CI the test runs. CLAIMS_CHROMIUM names another Chromium binary.
/// </summary>
public sealed class NeedsChromiumFactAttribute : FactAttribute
{
    public NeedsChromiumFactAttribute()
    {
        if (Chromium is null) Skip = "Chromium is not installed (apt-get install -y chromium)";
    }

    /// <summary>The browser binary itself: Debian's /usr/bin/chromium is a shell script around it.</summary>
    public static string? Chromium { get; } = new[]
    {
        Environment.GetEnvironmentVariable("CLAIMS_CHROMIUM"), "/usr/lib/chromium/chromium", "/usr/bin/chromium",
    }.FirstOrDefault(path => !string.IsNullOrEmpty(path) && File.Exists(path));
}
