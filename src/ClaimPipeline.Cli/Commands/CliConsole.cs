using ClaimPipeline.Cli.Input;

namespace ClaimPipeline.Cli.Commands;

/// <summary>The process streams, injectable so that tests run commands in-process and read what they print.</summary>
public sealed record CliConsole(Stream Out, TextWriter Error, Func<Stream> OpenIn, bool ErrorIsTerminal)
{
    /// <summary>Standard input is a terminal: reading "-" waits for someone to type, so say so.</summary>
    public bool InIsTerminal { get; init; }

    /// <summary>Standard output is a terminal, where a binary format (xlsx) is refused.</summary>
    public bool OutIsTerminal { get; init; }

    public static CliConsole System() => new(
        Console.OpenStandardOutput(), Console.Error, StandardInput.Open, !Console.IsErrorRedirected)
    {
        InIsTerminal = !Console.IsInputRedirected,
        OutIsTerminal = !Console.IsOutputRedirected,
    };
}
