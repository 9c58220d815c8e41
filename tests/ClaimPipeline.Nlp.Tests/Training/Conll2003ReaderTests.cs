using ClaimPipeline.Nlp.Training.Corpora;

namespace ClaimPipeline.Nlp.Tests.Training;

public sealed class Conll2003ReaderTests : IDisposable
{
    private readonly TempCorpusFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Read_Iob1Tags_BecomeBio()
    {
        var path = _folder.Write("iob1.txt",
            "-DOCSTART- -X- O O",
            "",
            "Mayor NNP I-NP O",
            "Ada NNP I-NP I-PER",
            "Quill NNP I-NP I-PER",
            "visited VBD I-VP O",
            "Port NNP I-NP I-LOC",
            "Tamsin NNP I-NP I-LOC",
            "Bay NNP I-NP B-LOC",
            "with IN I-PP O",
            "Lumen NNP I-NP I-ORG",
            "Cola NNP I-NP I-MISC",
            ". . O O");

        var sentence = Assert.Single(Conll2003Reader.Read(path));

        Assert.Equal(["Mayor", "Ada", "Quill", "visited", "Port", "Tamsin", "Bay", "with", "Lumen", "Cola", "."], sentence.Words);
        Assert.Equal(["O", "B-PER", "I-PER", "O", "B-LOC", "I-LOC", "B-LOC", "O", "B-ORG", "B-MISC", "O"], sentence.Tags);
    }

    [Fact]
    public void Read_DocstartLines_AreSkippedAndNumberDocumentsFromOne()
    {
        var path = _folder.Write("docs.txt",
            "-DOCSTART- -X- O O",
            "",
            "Rain NN I-NP O",
            "",
            "Snow NN I-NP O",
            "",
            "-DOCSTART- -X- O O",
            "",
            "Hail NN I-NP O",
            "");

        var sentences = Conll2003Reader.Read(path).ToList();

        Assert.Equal(3, sentences.Count);
        Assert.Equal(["doc1", "doc1", "doc2"], sentences.Select(s => s.DocumentId));
        Assert.DoesNotContain(sentences, s => s.Words.Contains("-DOCSTART-"));
        Assert.Equal(["Hail"], sentences[2].Words);
    }

    [Fact]
    public void Read_NoTrailingBlankLine_YieldsTheLastSentence()
    {
        var path = _folder.Write("last.txt", "-DOCSTART- -X- O O", "", "Fog NN I-NP O");

        var sentence = Assert.Single(Conll2003Reader.Read(path));

        Assert.Equal(["Fog"], sentence.Words);
        Assert.Equal(["O"], sentence.Tags);
    }
}
