using ClaimPipeline.Nlp.Normalization;
using ClaimPipeline.Nlp.Tagging;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Nlp.Tests.Tagging;

public sealed class DocumentWordIndexTests
{
    [Fact]
    public void Build_KnowsWhereEachCapitalisedWordIs_AndHowTheDocumentWritesItElsewhere()
    {
        var document = TestStages.Run(
            "Such was the bowling of Such that such figures surprised Duran. Duran smiled. BOXING CHAMP DURAN WINS AGAIN.",
            [new Normalizer(), TestStages.Tokenizer, TestStages.Sentences]);
        var index = new DocumentWordIndex();
        index.Build(document);

        Assert.Same(document, index.Document);
        Assert.Equal(2, index.Occurrences("Such").Length);
        var durans = Enumerable.Range(0, document.Tokens.Length).Where(t => document.TokenText(t).SequenceEqual("Duran")).ToArray();
        Assert.Equal(durans, index.Occurrences("Duran").ToArray());
        Assert.Equal(2, durans.Length);
        Assert.True(index.HasLowercase("Such"));
        Assert.False(index.HasLowercase("Duran"));
        // "Such" inside a sentence counts; "Duran" opens one sentence but is inside the first; "BOXING" only in a headline.
        Assert.True(index.CapitalisedInside("Such"));
        Assert.True(index.CapitalisedInside("Duran"));
        Assert.False(index.CapitalisedInside("CHAMP"));
        Assert.Empty(index.Occurrences("such").ToArray());

        index.Clear();
        Assert.Null(index.Document);
        Assert.Empty(index.Occurrences("Such").ToArray());
    }
}
