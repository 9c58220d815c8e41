using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Nlp.Tagging;

/// <summary>
/// The features of one tagging task. Implementations are stateless; what they remember while a document is
/// tagged (gazetteer hits of the sentence, labels given to words earlier in the document) lives in the
/// <see cref="TaggingScratch"/> the tagger owns, so one instance serves all threads.
/// </summary>
public interface ISequenceFeatures
{
    /// <summary>Names the feature set and its version; a model trained with another id is refused at load.</summary>
    string Id { get; }

    /// <summary>An upper bound on the features <see cref="Extract"/> writes for one token.</summary>
    int MaxFeatures { get; }

    /// <summary>Called once per sentence before its tokens are tagged.</summary>
    void BeginSentence(Document document, SentenceSpan sentence, TaggingScratch scratch);

    /// <summary>Writes the features of token <paramref name="token"/>, given the labels of the tokens before it.</summary>
    int Extract(Document document, SentenceSpan sentence, int token, ReadOnlySpan<int> labels, TaggingScratch scratch, Span<ulong> output);

    /// <summary>Called once per sentence after it was tagged, with its labels.</summary>
    void EndSentence(Document document, SentenceSpan sentence, ReadOnlySpan<int> labels, TaggingScratch scratch);
}
