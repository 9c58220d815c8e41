using ClaimPipeline.Nlp.Tagging;
using ClaimPipeline.Nlp.Training;

namespace ClaimPipeline.Nlp.Tests.Training;

public sealed class CorpusSourceTests
{
    [Theory]
    [InlineData("a/en_ewt-ud-dev.conllu", "conllu")]
    [InlineData("a/en_ewt-ud-test.iob2", "uner")]
    [InlineData("a/news_ner.tsv", "bio-tsv")]
    [InlineData("a/wikigold.conll.txt", "wikigold")]
    [InlineData("a/eng.testb", "conll2003")]
    public void Format_IsToldByTheFileName(string path, string format) => Assert.Equal(format, CorpusSource.Parse(path).Format);

    [Fact]
    public void Parse_SplitSuffix_SelectsAPart()
    {
        Assert.Equal(new CorpusSource("x/news.tsv", "heldout"), CorpusSource.Parse("x/news.tsv@heldout"));
        Assert.Equal(new CorpusSource("x/news.tsv", "train"), CorpusSource.Parse("x/news.tsv@train"));
        Assert.Equal(new CorpusSource("x/a@b.tsv", null), CorpusSource.Parse("x/a@b.tsv"));
        Assert.Equal(NewsDomain.Worldwide, CorpusSource.Parse("x/news.tsv").Domain);
        Assert.Equal(NewsDomain.Reuters, CorpusSource.Parse("x/eng.train").Domain);
    }

    [Fact]
    public void IsHeldOut_IsStableAndHoldsOutAboutOneInTen()
    {
        var ids = Enumerable.Range(0, 2000).Select(i => $"doc_{i}.txt").ToList();
        int heldOut = ids.Count(CorpusSource.IsHeldOut);
        Assert.InRange(heldOut, 140, 260);
        Assert.Equal(ids.Where(CorpusSource.IsHeldOut), ids.Where(CorpusSource.IsHeldOut));
        Assert.False(CorpusSource.IsHeldOut(null));
    }

    [Fact]
    public void Read_HeldOutAndTrainParts_PartitionTheDocuments()
    {
        using var folder = new TempCorpusFolder();
        var lines = new List<string>();
        for (int d = 0; d < 40; d++)
        {
            lines.Add($"# doc_id = story_{d}.txt");
            lines.Add($"Word{d}\tO");
            lines.Add("Lagos\tB-Location");
            lines.Add("");
        }
        var path = folder.Write("news.tsv", string.Join('\n', lines));
        var all = CorpusSource.Parse(path).Read().Select(s => s.DocumentId).ToList();
        var train = CorpusSource.Parse(path + "@train").Read().Select(s => s.DocumentId).ToList();
        var heldOut = CorpusSource.Parse(path + "@heldout").Read().Select(s => s.DocumentId).ToList();
        Assert.Equal(40, all.Count);
        Assert.NotEmpty(heldOut);
        Assert.Empty(train.Intersect(heldOut));
        Assert.Equal(all.Order(), train.Concat(heldOut).Order());
    }

    [Fact]
    public void Read_UniversalNer_TakesTokenAndTagColumnsAndDocuments()
    {
        using var folder = new TempCorpusFolder();
        var path = folder.Write("small.iob2", string.Join('\n',
            "# newdoc id = review-1", "# sent_id = review-1-0001", "# text = Ana visited Quito",
            "1\tAna\tB-PER\t-\tx", "2\tvisited\tO\t-\t-", "3\tQuito\tI-LOC\t-\tx", "",
            "# newdoc id = review-2", "1\tHi\tO\t-\t-", ""));
        var sentences = CorpusSource.Parse(path).Read().ToList();
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["Ana", "visited", "Quito"], sentences[0].Words);
        Assert.Equal(["B-PER", "O", "B-LOC"], sentences[0].Tags);
        Assert.Equal("review-1", sentences[0].DocumentId);
        Assert.Equal("review-2", sentences[1].DocumentId);
    }

    [Fact]
    public void TrainingDocument_GroupsSentencesOfADocument_WithGoldTokens()
    {
        var documents = TrainingDocument.Group([
            new(["Ana", "left", "."], ["B-PER", "O", "O"], "d1"),
            new(["She", "returned"], ["O", "O"], "d1"),
            new(["Rome", "won"], ["B-LOC", "O"], "d2"),
        ]);
        Assert.Equal(2, documents.Count);
        var first = documents[0].Document;
        Assert.Equal("Ana left .\nShe returned", first.Text);
        Assert.Equal(2, first.Sentences.Length);
        Assert.Equal(["Ana", "left", ".", "She", "returned"], first.Tokens.Select(t => first.Text[t.Start..t.End]));
        Assert.Equal(["O", "O"], documents[0].Tags[1]);
    }
}
