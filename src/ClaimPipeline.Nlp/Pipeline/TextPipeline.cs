using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Nlp.Pipeline;

/// <summary>
/// An ordered, frozen list of stages. Construction checks each stage's declared inputs: a required layer must be
/// produced by a stage before it, and a layer it only reads must not be produced after it, where the stage would
/// silently miss it.
/// </summary>
public sealed class TextPipeline
{
    private readonly IStage[] _stages;

    public TextPipeline(IEnumerable<IStage> stages)
    {
        _stages = stages.ToArray();
        var available = new HashSet<Layer> { Layer.Text };
        for (int i = 0; i < _stages.Length; i++)
        {
            foreach (var layer in _stages[i].Requires)
                if (!available.Contains(layer)) throw MissingInput(i, layer, required: true);
            foreach (var layer in _stages[i].Reads)
                if (!available.Contains(layer) && ProducerAfter(i, layer) >= 0) throw MissingInput(i, layer, required: false);
            available.UnionWith(_stages[i].Produces);
        }
    }

    public IReadOnlyList<IStage> Stages => _stages;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        foreach (var stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(document, cancellationToken);
        }
    }

    private PipelineConfigurationException MissingInput(int stage, Layer layer, bool required)
    {
        var name = _stages[stage].Name;
        var verb = required ? "requires" : "reads";
        int producer = ProducerAfter(stage, layer);
        if (producer < 0) return new($"stage '{name}' {verb} {layer}, which no stage before it produces");
        var producerName = _stages[producer].Name;
        return new($"stage '{name}' {verb} {layer}, which stage '{producerName}' produces only after it; put '{producerName}' before '{name}'");
    }

    /// <summary>The first stage after <paramref name="stage"/> that produces <paramref name="layer"/>, or -1.</summary>
    private int ProducerAfter(int stage, Layer layer)
    {
        for (int i = stage + 1; i < _stages.Length; i++)
            if (_stages[i].Produces.Contains(layer)) return i;
        return -1;
    }
}
