using ClaimPipeline.Nlp.Tagging;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Nlp.Tests.Tagging;

public sealed class SequenceTaggerTests
{
    private static readonly string[] Classes = ["O", "B-X", "I-X", "L-X", "U-X"];
    private const int O = 0, B = 1, I = 2, L = 3, U = 4;

    /// <summary>One feature per token: its word joined with the previous label, so each weight row is a local decision.</summary>
    private sealed class WordAfterLabel : ISequenceFeatures
    {
        public string Id => "test";
        public int MaxFeatures => 1;
        public void BeginSentence(Document document, SentenceSpan sentence, TaggingScratch scratch) { }
        public void EndSentence(Document document, SentenceSpan sentence, ReadOnlySpan<int> labels, TaggingScratch scratch) { }

        public int Extract(Document document, SentenceSpan sentence, int token, ReadOnlySpan<int> labels, TaggingScratch scratch, Span<ulong> output)
        {
            int i = token - sentence.FirstToken;
            output[0] = Key(document.TokenText(token).ToString(), i > 0 ? labels[i - 1] : -1);
            return 1;
        }

        public static ulong Key(string word, int previous) => FeatureHash.Add(FeatureHash.Add(FeatureHash.Template(1), word), previous);
    }

    /// <summary>
    /// "a b c": at "a" a name is a little likelier than not (0.55 against 0.45), but a name there must run on
    /// into "b", where either continuation is a coin toss; "b c" outside a name are near certain. Greedy takes the
    /// likelier first step (0.55 × 0.5), the beam the likelier sequence (0.45 × 0.99 × 0.99).
    /// </summary>
    private static PerceptronModel Model()
    {
        const float Never = -20f;
        var rows = new Dictionary<ulong, float[]>
        {
            [WordAfterLabel.Key("a", -1)] = [0f, MathF.Log(0.55f / 0.45f), Never, Never, Never],
            [WordAfterLabel.Key("b", B)] = [Never, Never, 0f, 0f, Never],
            [WordAfterLabel.Key("b", O)] = [MathF.Log(99f), Never, Never, Never, 0f],
            [WordAfterLabel.Key("c", I)] = [Never, Never, Never, 0f, Never],
            [WordAfterLabel.Key("c", L)] = [MathF.Log(99f), Never, Never, Never, 0f],
            [WordAfterLabel.Key("c", O)] = [MathF.Log(99f), Never, Never, Never, 0f],
        };
        var keys = rows.Keys.Order().ToArray();
        return new PerceptronModel(Classes, keys, keys.SelectMany(k => rows[k]).ToArray());
    }

    private static int[] Tag(int beam)
    {
        var document = new Document("t", "a b c")
        {
            Tokens = [new TokenSpan(0, 1, TokenKind.Word), new TokenSpan(2, 3, TokenKind.Word), new TokenSpan(4, 5, TokenKind.Word)],
        };
        document.Sentences = [new SentenceSpan(0, 3, 0, 5, 0)];
        var tagger = new SequenceTagger(Model(), new WordAfterLabel(), LabelConstraints.Bilou(Classes), beam, temperature: 1f);
        var labels = new int[3];
        tagger.Tag(document, document.Sentences[0], labels, new TaggingScratch());
        return labels;
    }

    [Fact]
    public void Tag_Greedy_TakesTheLikelierFirstStep()
    {
        var labels = Tag(beam: 1);
        Assert.Equal(B, labels[0]);
        Assert.Contains(labels[1], new[] { I, L });
    }

    [Fact]
    public void Tag_WithABeam_KeepsTheLikelierSequence()
    {
        Assert.Equal([O, O, O], Tag(beam: 4));
        Assert.Equal([O, O, O], Tag(beam: 2));
    }
}
