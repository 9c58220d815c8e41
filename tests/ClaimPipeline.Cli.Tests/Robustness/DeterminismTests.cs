using System.Diagnostics;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Cli.Tests.Robustness;

/// <summary>The same input gives the same bytes under any culture of the machine (numbers, casing, sorting).</summary>
public sealed class DeterminismTests
{
    private static string Run(string inputFolder, string? lang)
    {
        var claims = Path.Combine(AppContext.BaseDirectory, "claims.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", claims, "extract", inputFolder, "--config", CliRunner.Config])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (lang is not null)
        {
            start.Environment["LANG"] = lang;
            start.Environment["LC_ALL"] = lang;
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"LANG={lang}: exit {process.ExitCode}: {error.Result}");
        return output;
    }

    [Fact]
    public void Extract_UnderTurkishAndGermanCultures_WritesTheSameBytes()
    {
        using var folder = new TempFolder();
        foreach (var file in Directory.GetFiles(RepoPaths.Data("articles"), "*.txt")) File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        // Decimals, thousands separators, a dotted capital I and a Turkish dotless i: what cultures format differently.
        folder.File("numbers.txt", "ISTANBUL officials said prices rose 2.5% to 1,234.5 lira, about 0.75 per cent of the \u0130zmir budget; \u0131 wrote 3.14.");
        var invariant = Run(folder.Path, null);
        Assert.Contains("2.5", invariant);
        Assert.Equal(invariant, Run(folder.Path, "tr_TR.UTF-8"));
        Assert.Equal(invariant, Run(folder.Path, "de_DE.UTF-8"));
    }
}
