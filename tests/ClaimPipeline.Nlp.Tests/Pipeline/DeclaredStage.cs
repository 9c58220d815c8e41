using ClaimPipeline.Nlp.Pipeline;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Nlp.Tests.Pipeline;

/// <summary>A stage that only declares layers and records that it ran, for testing the order checks.</summary>
internal sealed class DeclaredStage(string name, Layer[]? requires = null, Layer[]? reads = null, Layer[]? produces = null) : IStage
{
    public string Name => name;
    public IReadOnlyList<Layer> Requires => requires ?? [];
    public IReadOnlyList<Layer> Reads => reads ?? [];
    public IReadOnlyList<Layer> Produces => produces ?? [];
    public List<string> Ran { get; } = [];

    public void Process(Document document, CancellationToken cancellationToken) => Ran.Add(document.Id);
}
