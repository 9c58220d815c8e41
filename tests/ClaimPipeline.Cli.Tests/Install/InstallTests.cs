using System.Diagnostics;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Cli.Tests.Install;

/// <summary>
/// The two ways to install `claims` (docs/install.md), each built from this checkout and run from an empty folder
/// with no pipeline.json in reach: the program must find its models, lexicons and default pipeline by itself.
/// Both build a Release program, so they run one after the other (one class) and take about a minute.
/// </summary>
public sealed class InstallTests
{
    private static readonly string Project = Path.Combine(RepoPaths.Root, "src", "ClaimPipeline.Cli");

    [Fact]
    public void SingleFileBinary_RunsExtractFromAnEmptyFolder()
    {
        using var work = new TempFolder();
        var dist = Path.Combine(work.Path, "dist");
        Run("dotnet", ["publish", Project, "-c", "Release", "-r", "linux-x64", "--self-contained",
            "-p:PublishSingleFile=true", "-p:IncludeAllContentForSelfExtract=true", "-o", dist], RepoPaths.Root);
        var binary = Path.Combine(dist, "claims");
        Assert.True(File.Exists(binary));
        // Only the binary is needed: the models and lexicons are inside it.
        Assert.DoesNotContain(Directory.GetFiles(dist), f => !f.EndsWith(".pdb", StringComparison.Ordinal) && f != binary);
        Assert.False(Directory.Exists(Path.Combine(dist, "data")));

        var empty = EmptyFolderWithArticle(work);
        var extractTo = Path.Combine(work.Path, "bundle");
        var output = Run(binary, ["extract", "article.txt", "--format", "jsonl"], empty,
            ("DOTNET_BUNDLE_EXTRACT_BASE_DIR", extractTo));
        AssertSampleClaims(output);
    }

    [Fact]
    public void DotnetTool_RunsExtractFromAnEmptyFolder()
    {
        using var work = new TempFolder();
        var packages = Path.Combine(work.Path, "nupkg");
        var tools = Path.Combine(work.Path, "tools");
        Run("dotnet", ["pack", Project, "-c", "Release", "-o", packages], RepoPaths.Root);
        Run("dotnet", ["tool", "install", "--tool-path", tools, "--add-source", packages, "ClaimPipeline"], work.Path);

        var empty = EmptyFolderWithArticle(work);
        var output = Run(Path.Combine(tools, "claims"), ["extract", "article.txt", "--format", "jsonl"], empty);
        AssertSampleClaims(output);
    }

    private static string EmptyFolderWithArticle(TempFolder work)
    {
        var empty = Path.Combine(work.Path, "empty");
        Directory.CreateDirectory(empty);
        File.Copy(RepoPaths.Data("articles", "000_8d99f1fb4af1b66b.txt"), Path.Combine(empty, "article.txt"));
        return empty;
    }

    /// <summary>The sample article's best-known claim: the Taliban spokesman's quote, with its speaker resolved.</summary>
    private static void AssertSampleClaims(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length > 10, output);
        Assert.Contains(lines, l => l.Contains("\"speaker\":\"Zabihullah Mujahid\"", StringComparison.Ordinal));
    }

    private static string Run(string program, string[] args, string workingDirectory, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(program, args)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The test host's MSBuild variables would make the child build use the test run's MSBuild.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
            || k.StartsWith("MSBUILD", StringComparison.Ordinal) || k == "DOTNET_HOST_PATH").ToList())
            start.Environment.Remove(name);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited {process.ExitCode}:\n{output}\n{error.Result}");
        return output;
    }
}
