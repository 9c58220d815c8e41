using ClaimPipeline.Nlp.Pipeline;

namespace ClaimPipeline.Cli.Config;

/// <summary>pipeline.json after loading: the NLP stages in order, with the read and write options around them.</summary>
public sealed record PipelineConfig(string Path, ReadOptions Read, TextPipeline Pipeline, WriteOptions Write);
