namespace ClaimPipeline.Nlp.Tagging;

/// <summary>A model file is missing, damaged, of another format or built for other features.</summary>
public sealed class ModelFileException(string message) : Exception(message);
