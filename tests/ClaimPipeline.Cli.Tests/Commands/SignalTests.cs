using System.Diagnostics;
using System.Text.Json;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Cli.Tests.Commands;

/// <summary>A signal in the middle of a run leaves the previous output file as it was, no temporary file, and exit 130/143.</summary>
public sealed class SignalTests
{
    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public async Task Extract_SignalMidRun_KeepsThePreviousOutput(string signal, int expectedExit)
    {
        using var folder = new TempFolder();
        var sample = File.ReadAllText(RepoPaths.Data("articles", "000_8d99f1fb4af1b66b.txt"));
        var lines = Enumerable.Range(0, 4000).Select(i => JsonSerializer.Serialize(new { id = $"a{i}", text = sample }));
        var input = folder.File("many.jsonl", string.Join("\n", lines) + "\n");
        var output = folder.File("claims.csv", "previous output\n");

        // The program itself, as a user runs it: a separate process that gets the signal.
        var claims = Path.Combine(AppContext.BaseDirectory, "claims.dll");
        // Through `env --default-signal=INT`: a test run started as a background job inherits SIGINT ignored, and the
        // runtime rightly keeps an ignored SIGINT ignored; env resets it and execs, so the process id stays the same.
        var start = new ProcessStartInfo("env",
            ["--default-signal=INT", "dotnet", "exec", claims, "extract", input, "-o", output, "--config", CliRunner.Config])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        // Wait until it is writing: the temporary file beside the output exists and has rows in it.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Directory.GetFiles(folder.Path, ".claims.*.tmp").Any(f => new FileInfo(f).Length > 10_000) && !process.HasExited)
        {
            Assert.True(DateTime.UtcNow < deadline, "the run never started writing");
            await Task.Delay(20);
        }
        Assert.False(process.HasExited, "the run ended before the signal; make the input longer");
        using (var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(expectedExit, process.ExitCode);
        Assert.Equal("previous output\n", File.ReadAllText(output));
        Assert.Equal(["claims.csv", "many.jsonl"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains($"claims: stopped by SIG{signal}; the output file (-o) was left as it was", await error);
    }

    /// <summary>Without -o the message spoke of an output file the user never named.</summary>
    [Theory]
    [InlineData(new[] { "--format", "jsonl" }, "claims: stopped by SIGTERM\n")]
    [InlineData(new[] { "-o", "-" }, "claims: stopped by SIGTERM\n")]
    public void Stopped_WithoutAnOutputFile_DoesNotMentionOne(string[] extra, string expected)
    {
        var error = new StringWriter();
        var console = new ClaimPipeline.Cli.Commands.CliConsole(new MemoryStream(), error, () => new MemoryStream(), ErrorIsTerminal: false);
        int exit = ClaimPipeline.Cli.Commands.ClaimsProgram.Run(
            ["extract", RepoPaths.Data("articles"), .. extra, "--config", CliRunner.Config], console, default, () => 143);
        Assert.Equal(143, exit);
        Assert.Equal(expected, error.ToString());
    }
}
