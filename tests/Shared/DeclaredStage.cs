using ClaimPipeline.Nlp.Pipeline;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Tests.Shared;

/// <summary>A stage that only declares layers and records which documents it ran on: for testing order checks without loading anything.</summary>
internal sealed class DeclaredStage(
    string name, IReadOnlyList<Layer>? requires = null, IReadOnlyList<Layer>? reads = null, IReadOnlyList<Layer>? produces = null) : IStage
{
    public string Name => name;
    public IReadOnlyList<Layer> Requires => requires ?? [];
    public IReadOnlyList<Layer> Reads => reads ?? [];
    public IReadOnlyList<Layer> Produces => produces ?? [];
    public List<string> Ran { get; } = [];

    public void Process(Document document, CancellationToken cancellationToken) => Ran.Add(document.Id);
}
