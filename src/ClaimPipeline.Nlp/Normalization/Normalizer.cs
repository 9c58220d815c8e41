using ClaimPipeline.Nlp.Pipeline;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Nlp.Normalization;

/// <summary>Produces <see cref="Document.Folded"/>; the original text is left as read.</summary>
public sealed class Normalizer : IStage
{
    public string Name => "normalize";
    public Layers Requires => Layers.Text;
    public Layers Produces => Layers.Folded;

    public void Process(Document document, CancellationToken cancellationToken) =>
        document.Folded = TextFolder.Fold(document.Text);
}
