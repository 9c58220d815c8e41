using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Nlp.Pipeline;

/// <summary>
/// One step of the pipeline. A stage reads the layers it <see cref="Requires"/> and adds those it <see cref="Produces"/>.
/// Stages are immutable after construction and shared by all threads.
/// </summary>
public interface IStage
{
    string Name { get; }
    Layers Requires { get; }
    Layers Produces { get; }
    void Process(Document document, CancellationToken cancellationToken);
}
