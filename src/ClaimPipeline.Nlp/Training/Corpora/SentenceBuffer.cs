namespace ClaimPipeline.Nlp.Training.Corpora;

/// <summary>The words and tags of the sentence a reader is collecting, handed out as a <see cref="TaggedSentence"/>.</summary>
internal sealed class SentenceBuffer
{
    private readonly List<string> _words = [];
    private readonly List<string> _tags = [];

    public bool IsEmpty => _words.Count == 0;

    public void Add(string word, string tag)
    {
        _words.Add(word);
        _tags.Add(tag);
    }

    /// <summary>The sentence collected so far, emptying the buffer; entity tags are repaired to BIO when <paramref name="repairBio"/>.</summary>
    public TaggedSentence Take(string? documentId, bool repairBio)
    {
        string[] tags = [.. _tags];
        var sentence = new TaggedSentence([.. _words], repairBio ? BioSpans.RepairTags(tags) : tags, documentId);
        _words.Clear();
        _tags.Clear();
        return sentence;
    }
}
