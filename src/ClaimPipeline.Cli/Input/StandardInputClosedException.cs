namespace ClaimPipeline.Cli.Input;

/// <summary>Standard input was closed when the program started, so "-" has nothing to read.</summary>
public sealed class StandardInputClosedException() : IOException("standard input is closed");
