using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Nlp.Tagging;

/// <summary>
/// Greedy left-to-right tagging: each token gets the best-scoring label allowed after the previous one, with the
/// labels already given as features. Immutable; tag with a <see cref="TaggingScratch"/> per document and thread.
/// </summary>
public sealed class SequenceTagger(PerceptronModel model, ISequenceFeatures features, LabelConstraints constraints)
{
    public PerceptronModel Model => model;
    public ISequenceFeatures Features => features;

    /// <summary>Labels the tokens of <paramref name="sentence"/> into <paramref name="labels"/> (one per token of the sentence).</summary>
    public void Tag(Document document, SentenceSpan sentence, Span<int> labels, TaggingScratch scratch)
    {
        int classes = model.ClassCount;
        Span<ulong> buffer = stackalloc ulong[features.MaxFeatures];
        Span<float> scores = stackalloc float[classes];
        features.BeginSentence(document, sentence, scratch);
        for (int i = 0; i < sentence.TokenCount; i++)
        {
            int count = features.Extract(document, sentence, sentence.FirstToken + i, labels[..i], scratch, buffer);
            model.Score(buffer[..count], scores);
            labels[i] = constraints.Decide(scores, i > 0 ? labels[i - 1] : -1, i == sentence.TokenCount - 1, model.Classes);
        }
        features.EndSentence(document, sentence, labels[..sentence.TokenCount], scratch);
    }
}
