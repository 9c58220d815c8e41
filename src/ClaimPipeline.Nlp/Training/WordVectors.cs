namespace ClaimPipeline.Nlp.Training;

/// <summary>Word vectors read from a file: the words kept, their vectors (each <see cref="Dimensions"/> long), and
/// how many vectors the file held in all.</summary>
public sealed record WordVectors(IReadOnlyList<string> Words, IReadOnlyList<float[]> Vectors, int Dimensions, int InFile);
