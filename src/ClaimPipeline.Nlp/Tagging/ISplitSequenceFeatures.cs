using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Nlp.Tagging;

/// <summary>
/// Features that split into those fixed by the text and the few that read the labels before the token, so that a
/// beam scores the fixed ones once per token and only the few per hypothesis. Both parts together are what
/// <see cref="ISequenceFeatures.Extract"/> writes.
/// </summary>
public interface ISplitSequenceFeatures
{
    int ExtractFixed(Document document, SentenceSpan sentence, int token, TaggingScratch scratch, Span<ulong> output);

    /// <summary>The label-reading features, given the labels of the two tokens before (-1 before the sentence); after <see cref="ExtractFixed"/> for the same token.</summary>
    int ExtractHistory(Document document, SentenceSpan sentence, int token, int previous, int beforePrevious, TaggingScratch scratch, Span<ulong> output);
}
