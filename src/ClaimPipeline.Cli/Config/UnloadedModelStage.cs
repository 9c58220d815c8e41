using ClaimPipeline.Nlp.Pipeline;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Cli.Config;

/// <summary>
/// Stands in for a stage whose model the command does not load (`train`, `eval pos|ner` use only the config's paths
/// and lexicons). It declares the real stage's layers, so the config's order is checked as `extract` checks it; it
/// is never run.
/// </summary>
internal sealed class UnloadedModelStage(string name, IReadOnlyList<Layer> requires, IReadOnlyList<Layer> produces) : IStage
{
    public string Name => name;
    public IReadOnlyList<Layer> Requires => requires;
    public IReadOnlyList<Layer> Reads { get; } = [];
    public IReadOnlyList<Layer> Produces => produces;

    public void Process(Document document, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"stage '{name}' was loaded without its model and cannot run");
}
