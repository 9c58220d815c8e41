using ClaimPipeline.Nlp.Pipeline;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Nlp.Normalization;

/// <summary>Produces <see cref="Document.Folded"/>; the original text is left as read.</summary>
public sealed class Normalizer : IStage
{
    public string Name => "normalize";
    public IReadOnlyList<Layer> Requires { get; } = [Layer.Text];
    public IReadOnlyList<Layer> Reads { get; } = [];
    public IReadOnlyList<Layer> Produces { get; } = [Layer.Folded];

    public void Process(Document document, CancellationToken cancellationToken) =>
        document.Folded = TextFolder.Fold(document.Text);
}
