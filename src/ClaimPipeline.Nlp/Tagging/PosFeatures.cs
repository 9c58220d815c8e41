using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Nlp.Tagging;

/// <summary>
/// Features of the part-of-speech tagger: the word (lowercased and as written), its affixes and shape, the words
/// two to each side with their suffixes, and the two tags before it.
/// </summary>
public sealed class PosFeatures : ISequenceFeatures
{
    public const string FeatureSetId = "pos-v1";

    public string Id => FeatureSetId;
    public int MaxFeatures => 24;

    public void BeginSentence(Document document, SentenceSpan sentence, TaggingScratch scratch) { }

    public void EndSentence(Document document, SentenceSpan sentence, ReadOnlySpan<int> labels, TaggingScratch scratch) { }

    public int Extract(Document document, SentenceSpan sentence, int token, ReadOnlySpan<int> labels, TaggingScratch scratch, Span<ulong> output)
    {
        int n = 0;
        int i = token - sentence.FirstToken;
        var w = Word(document, sentence, token);
        var wPrev = Word(document, sentence, token - 1);
        var wPrev2 = Word(document, sentence, token - 2);
        var wNext = Word(document, sentence, token + 1);
        var wNext2 = Word(document, sentence, token + 2);
        int t1 = i >= 1 ? labels[i - 1] : -1;
        int t2 = i >= 2 ? labels[i - 2] : -1;

        output[n++] = FeatureHash.Template(0);
        output[n++] = FeatureHash.AddLower(FeatureHash.Template(1), w);
        output[n++] = FeatureHash.Add(FeatureHash.Template(2), w);
        output[n++] = FeatureHash.AddLower(FeatureHash.Template(3), Suffix(w, 1));
        output[n++] = FeatureHash.AddLower(FeatureHash.Template(4), Suffix(w, 2));
        output[n++] = FeatureHash.AddLower(FeatureHash.Template(5), Suffix(w, 3));
        output[n++] = FeatureHash.AddLower(FeatureHash.Template(6), Suffix(w, 4));
        output[n++] = FeatureHash.Add(FeatureHash.Template(7), w[..Math.Min(1, w.Length)]);
        output[n++] = FeatureHash.AddLower(FeatureHash.Template(8), w[..Math.Min(3, w.Length)]);
        output[n++] = FeatureHash.AddShape(FeatureHash.Template(9), w, collapse: false);
        output[n++] = FeatureHash.Add(FeatureHash.Template(10), t1);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Template(11), t1), t2);
        output[n++] = FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Template(12), t1), w);
        output[n++] = FeatureHash.AddLower(FeatureHash.Template(13), wPrev);
        output[n++] = FeatureHash.AddLower(FeatureHash.Template(14), Suffix(wPrev, 3));
        output[n++] = FeatureHash.AddLower(FeatureHash.Template(15), wPrev2);
        output[n++] = FeatureHash.AddLower(FeatureHash.Template(16), wNext);
        output[n++] = FeatureHash.AddLower(FeatureHash.Template(17), Suffix(wNext, 3));
        output[n++] = FeatureHash.AddLower(FeatureHash.Template(18), wNext2);
        output[n++] = FeatureHash.AddLower(FeatureHash.AddLower(FeatureHash.Template(19), wPrev), w);
        output[n++] = FeatureHash.AddLower(FeatureHash.AddLower(FeatureHash.Template(20), w), wNext);
        output[n++] = FeatureHash.AddShape(FeatureHash.Template(21), wNext, collapse: true);
        output[n++] = FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Template(22), t1), wNext);
        return n;
    }

    internal static ReadOnlySpan<char> Word(Document document, SentenceSpan sentence, int token) =>
        token < sentence.FirstToken ? "<s>" : token >= sentence.EndToken ? "</s>" : document.FoldedToken(token);

    internal static ReadOnlySpan<char> Suffix(ReadOnlySpan<char> word, int length) =>
        word.Length <= length ? word : word[^length..];
}
