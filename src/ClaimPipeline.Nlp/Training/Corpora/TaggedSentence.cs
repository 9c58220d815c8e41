namespace ClaimPipeline.Nlp.Training.Corpora;

/// <summary>One tagged block from a corpus: Words and Tags have the same length.</summary>
public sealed record TaggedSentence(string[] Words, string[] Tags, string? DocumentId);
