using System.Diagnostics;

namespace ClaimPipeline.Cli.Tests.Output;

/// <summary>Runs a system tool (mkfifo, mknod, ln, stat, mount, sh) and the built `claims` as child processes.</summary>
internal static class SystemCommand
{
    /// <summary>The program itself, as a user runs it: `dotnet exec claims.dll`.</summary>
    public static string ClaimsDll => Path.Combine(AppContext.BaseDirectory, "claims.dll");

    public static bool IsRoot => Environment.UserName == "root";

    public static (int ExitCode, string Out, string Error) Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.GetAwaiter().GetResult());
    }

    /// <summary>Runs it and fails the test if it fails.</summary>
    public static string Check(string file, params string[] args)
    {
        var (exit, output, error) = Run(file, args);
        Assert.True(exit == 0, $"{file} {string.Join(' ', args)}: exit {exit}: {error}");
        return output;
    }

    /// <summary>`stat -c %F`: "regular file", "fifo", "character special file", "symbolic link", …</summary>
    public static string KindOf(string path) => Check("stat", "-c", "%F", path).Trim();
}
