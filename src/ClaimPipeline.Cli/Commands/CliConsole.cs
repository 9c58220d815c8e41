using ClaimPipeline.Cli.Input;
using ClaimPipeline.Cli.Output;

namespace ClaimPipeline.Cli.Commands;

/// <summary>The process streams, injectable so that tests run commands in-process and read what they print.</summary>
public sealed record CliConsole(Stream Out, TextWriter Error, Func<Stream> OpenIn, bool ErrorIsTerminal)
{
    /// <summary>Standard input is a terminal: reading "-" waits for someone to type, so say so.</summary>
    public bool InIsTerminal { get; init; }

    /// <summary>Standard output is a terminal, where a binary format (xlsx) is refused.</summary>
    public bool OutIsTerminal { get; init; }

    /// <summary>Standard output is written through write(2), which reports a broken pipe (the console stream hides it).</summary>
    public static CliConsole System() => new(
        OperatingSystem.IsWindows() ? Console.OpenStandardOutput() : new StandardOutputStream(), Console.Error, StandardInput.Open,
        !Console.IsErrorRedirected)
    {
        InIsTerminal = !Console.IsInputRedirected,
        OutIsTerminal = !Console.IsOutputRedirected,
    };
}
