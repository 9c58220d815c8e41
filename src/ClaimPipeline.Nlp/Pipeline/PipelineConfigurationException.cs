namespace ClaimPipeline.Nlp.Pipeline;

/// <summary>A pipeline or stage was configured wrongly; the message names the stage, key or file.</summary>
public sealed class PipelineConfigurationException(string message) : Exception(message);
