namespace ClaimPipeline.Cli.Tests.Output;

/// <summary>
/// A test that needs LibreOffice's `soffice` on the PATH: reported as skipped, with the reason, where it is missing
/// (a developer machine); .ci/run installs it, so in CI the test runs.
/// </summary>
public sealed class NeedsLibreOfficeFactAttribute : FactAttribute
{
    public NeedsLibreOfficeFactAttribute()
    {
        if (Soffice is null) Skip = "soffice is not installed (apt-get install -y libreoffice-calc-nogui)";
    }

    public static string? Soffice { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(':', StringSplitOptions.RemoveEmptyEntries)
        .Select(folder => Path.Combine(folder, "soffice"))
        .FirstOrDefault(File.Exists);
}
