using ClaimPipeline.Nlp.Entities;
using ClaimPipeline.Nlp.Pipeline;

namespace ClaimPipeline.Cli.Config;

/// <summary>pipeline.json after loading: the NLP stages in order, with the read and write options around them.</summary>
public sealed record PipelineConfig(string Path, ReadOptions Read, TextPipeline Pipeline, WriteOptions Write)
{
    /// <summary>The lexicons of the "entities" stage (null when the config has none).</summary>
    public NameLexicons? Names { get; init; }
    public string? EntityModelPath { get; init; }
    public string? PosModelPath { get; init; }
    public string? ClustersPath { get; init; }

    /// <summary>The word-vector clusters of the "entities" stage; null when it uses none.</summary>
    public string? VectorClustersPath { get; init; }

    /// <summary>The typed gazetteer of the "entities" stage; null when it uses none.</summary>
    public string? GazetteersPath { get; init; }

    /// <summary>The tokenizer of the "tokenize" stage (lexicon phrases are tokenized with it).</summary>
    public Nlp.Tokenization.Tokenizer? Tokenizer { get; init; }

    /// <summary>The news domain of the "entities" stage, when the config has one.</summary>
    public int? EntityDomain { get; init; }
}
