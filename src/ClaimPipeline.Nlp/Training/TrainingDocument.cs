using System.Text;
using ClaimPipeline.Nlp.Normalization;
using ClaimPipeline.Nlp.Text;
using ClaimPipeline.Nlp.Training.Corpora;

namespace ClaimPipeline.Nlp.Training;

/// <summary>
/// Corpus sentences turned into the pipeline's own <see cref="Document"/>: the words joined by spaces, sentences
/// on separate lines, gold tokens and sentences set directly. Training and tagging then share one code path.
/// Consecutive sentences with the same document id make one document, so document-level features see them all.
/// </summary>
public sealed record TrainingDocument(Document Document, string[][] Tags)
{
    /// <summary>The news domain of the corpus the document came from (<see cref="Tagging.NewsDomain"/>).</summary>
    public int Domain { get; init; }

    public static List<TrainingDocument> Group(IEnumerable<TaggedSentence> sentences)
    {
        var result = new List<TrainingDocument>();
        var batch = new List<TaggedSentence>();
        string? current = null;
        foreach (var sentence in sentences)
        {
            if (sentence.Words.Length == 0) continue;
            if (batch.Count > 0 && (sentence.DocumentId != current || sentence.DocumentId is null))
            {
                result.Add(Build(batch));
                batch.Clear();
            }
            current = sentence.DocumentId;
            batch.Add(sentence);
        }
        if (batch.Count > 0) result.Add(Build(batch));
        return result;
    }

    public static TrainingDocument Build(IReadOnlyList<TaggedSentence> sentences)
    {
        var text = new StringBuilder();
        var tokens = new List<TokenSpan>();
        var spans = new List<SentenceSpan>();
        foreach (var sentence in sentences)
        {
            if (text.Length > 0) text.Append('\n');
            int first = tokens.Count;
            int sentenceStart = text.Length;
            for (int i = 0; i < sentence.Words.Length; i++)
            {
                if (i > 0) text.Append(' ');
                var word = sentence.Words[i].Length == 0 ? "_" : sentence.Words[i];
                tokens.Add(new TokenSpan(text.Length, text.Length + word.Length, KindOf(word)));
                text.Append(word);
            }
            spans.Add(new SentenceSpan(first, tokens.Count, sentenceStart, text.Length, spans.Count));
        }
        var document = new Document(sentences[0].DocumentId ?? "corpus", text.ToString());
        document.Folded = TextFolder.Fold(document.Text);
        document.Tokens = tokens.ToArray();
        document.Sentences = spans.ToArray();
        return new TrainingDocument(document, sentences.Select(s => s.Tags).ToArray());
    }

    private static TokenKind KindOf(string word) =>
        char.IsDigit(word[0]) ? TokenKind.Number : char.IsLetter(word[0]) ? TokenKind.Word : TokenKind.Punctuation;

    public int TokenCount => Document.Tokens.Length;
}
