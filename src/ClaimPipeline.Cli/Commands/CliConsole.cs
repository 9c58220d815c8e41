using ClaimPipeline.Cli.Output;

namespace ClaimPipeline.Cli.Commands;

/// <summary>The process streams, injectable so that tests run commands in-process and read what they print.</summary>
public sealed record CliConsole(Stream Out, TextWriter Error, Func<Stream> OpenIn, bool ErrorIsTerminal)
{
    /// <summary>Standard output is written through write(2), which reports a broken pipe (the console stream hides it).</summary>
    public static CliConsole System() => new(
        OperatingSystem.IsWindows() ? Console.OpenStandardOutput() : new StandardOutputStream(), Console.Error, Console.OpenStandardInput,
        !Console.IsErrorRedirected);
}
