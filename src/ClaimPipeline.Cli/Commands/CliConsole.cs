namespace ClaimPipeline.Cli.Commands;

/// <summary>The process streams, injectable so that tests run commands in-process and read what they print.</summary>
public sealed record CliConsole(Stream Out, TextWriter Error, Func<Stream> OpenIn, bool ErrorIsTerminal)
{
    public static CliConsole System() => new(
        Console.OpenStandardOutput(), Console.Error, Console.OpenStandardInput, !Console.IsErrorRedirected);
}
