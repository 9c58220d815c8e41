using ClaimPipeline.Nlp.Training.Corpora;

namespace ClaimPipeline.Nlp.Tests.Training;

public sealed class WikiGoldReaderTests : IDisposable
{
    private readonly TempCorpusFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Read_IoTags_FirstTokenOfEachRunBecomesB()
    {
        var path = _folder.Write("io.txt",
            "-DOCSTART- O",
            "The O",
            "Velvet I-ORG",
            "Owls I-ORG",
            "toured O",
            "Nordhaven I-LOC",
            "Kestrel I-PER",
            "Mbeki I-PER",
            "B-sided O",
            "Echo B-MISC",
            "Park I-MISC",
            ". O");

        var sentence = Assert.Single(WikiGoldReader.Read(path));

        Assert.Equal(["The", "Velvet", "Owls", "toured", "Nordhaven", "Kestrel", "Mbeki", "B-sided", "Echo", "Park", "."], sentence.Words);
        Assert.Equal(["O", "B-ORG", "I-ORG", "O", "B-LOC", "B-PER", "I-PER", "O", "B-MISC", "I-MISC", "O"], sentence.Tags);
        Assert.Equal("doc1", sentence.DocumentId);
    }

    [Fact]
    public void Read_DocstartLines_StartNewDocumentsAndAreSkipped()
    {
        var path = _folder.Write("docs.txt",
            "-DOCSTART- O",
            "",
            "Apples O",
            "",
            "Pears O",
            "",
            "-DOCSTART- O",
            "",
            "Plums O",
            "",
            "-DOCSTART- O",
            "Quinces O");

        var sentences = WikiGoldReader.Read(path).ToList();

        Assert.Equal(["doc1", "doc1", "doc2", "doc3"], sentences.Select(s => s.DocumentId));
        Assert.Equal(["Apples", "Pears", "Plums", "Quinces"], sentences.Select(s => Assert.Single(s.Words)));
    }
}
