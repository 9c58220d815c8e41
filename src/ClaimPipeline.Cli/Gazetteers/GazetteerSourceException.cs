namespace ClaimPipeline.Cli.Gazetteers;

/// <summary>A package that could not be fetched or read; the message names it and says why, for one error line.</summary>
public sealed class GazetteerSourceException(string message) : Exception(message);
