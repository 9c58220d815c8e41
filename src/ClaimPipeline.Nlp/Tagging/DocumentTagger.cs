using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Nlp.Tagging;

/// <summary>
/// Tags whole documents with one pass, or two: the second pass runs after the first has tagged every sentence,
/// and sees its labels (<see cref="NerFeatures.PrepareSecondPass"/>).
/// </summary>
public sealed class DocumentTagger(SequenceTagger first, SequenceTagger? second, NerFeatures? secondFeatures)
{
    public SequenceTagger First => first;

    /// <summary>The same passes, decoded with another beam width and temperature.</summary>
    public DocumentTagger WithDecoding(int beam, float temperature) =>
        new(first.WithDecoding(beam, temperature), second?.WithDecoding(beam, temperature), secondFeatures);
    public string[] Classes => (second ?? first).Model.Classes;

    /// <summary>The labels of every sentence of the document, as class indices.</summary>
    public List<int[]> Tag(Document document, TaggingScratch scratch)
    {
        scratch.Reset();
        var labels = TagAll(first, document, scratch);
        if (second is null || secondFeatures is null) return labels;
        secondFeatures.PrepareSecondPass(document, labels, scratch);
        return TagAll(second, document, scratch);
    }

    private static List<int[]> TagAll(SequenceTagger tagger, Document document, TaggingScratch scratch)
    {
        var result = new List<int[]>(document.Sentences.Length);
        foreach (var sentence in document.Sentences)
        {
            var labels = new int[sentence.TokenCount];
            tagger.Tag(document, sentence, labels, scratch);
            result.Add(labels);
        }
        return result;
    }
}
