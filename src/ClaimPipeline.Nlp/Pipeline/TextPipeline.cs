using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Nlp.Pipeline;

/// <summary>An ordered, frozen list of stages. Construction checks that each stage's inputs are produced earlier.</summary>
public sealed class TextPipeline
{
    private readonly IStage[] _stages;

    public TextPipeline(IEnumerable<IStage> stages)
    {
        _stages = stages.ToArray();
        var available = Layers.Text;
        foreach (var stage in _stages)
        {
            var missing = stage.Requires & ~available;
            if (missing != Layers.None)
                throw new PipelineConfigurationException(
                    $"stage '{stage.Name}' needs {missing}, which no earlier stage produces");
            available |= stage.Produces;
        }
    }

    public IReadOnlyList<IStage> Stages => _stages;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        foreach (var stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(document, cancellationToken);
            document.Layers |= stage.Produces;
        }
    }
}
