namespace ClaimPipeline.Cli.Output;

/// <summary>The -o target cannot be used (a folder, one of the inputs, a folder that does not exist): a usage
/// error found before anything is read. The message is the line after "claims: error: ".</summary>
public sealed class OutputTargetException(string message) : Exception(message);
