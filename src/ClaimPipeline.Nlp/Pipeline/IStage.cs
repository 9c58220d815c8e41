using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Nlp.Pipeline;

/// <summary>
/// One step of the pipeline. A stage declares every layer it reads, as <see cref="Requires"/> (it cannot work without)
/// or <see cref="Reads"/> (it uses the layer when present and does less without it), and the layers it
/// <see cref="Produces"/>; <see cref="TextPipeline"/> checks the order against these declarations.
/// Stages are immutable after construction and shared by all threads.
/// </summary>
public interface IStage
{
    string Name { get; }

    /// <summary>Layers that a stage before this one must produce.</summary>
    IReadOnlyList<Layer> Requires { get; }

    /// <summary>Layers used when present: none need be produced, but one that is must be produced before this stage.</summary>
    IReadOnlyList<Layer> Reads { get; }

    IReadOnlyList<Layer> Produces { get; }

    void Process(Document document, CancellationToken cancellationToken);
}
