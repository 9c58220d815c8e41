using ClaimPipeline.Nlp.Training.Corpora;

namespace ClaimPipeline.Nlp.Tests.Training;

public sealed class BioTsvReaderTests : IDisposable
{
    private readonly TempCorpusFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Read_DocIdComments_SetDocumentIdAndOtherCommentsAreIgnored()
    {
        var path = _folder.Write("news.tsv",
            "# doc_id = lagoon_times_3.txt",
            "# region = Oceania",
            "https://example.org/story\tO",
            "",
            "Chief\tO",
            "Tama\tB-Person",
            "Reti\tI-Person",
            "spoke\tO",
            "",
            "# doc_id = hill_gazette_9.txt",
            "Rain\tO",
            "fell\tO");

        var sentences = BioTsvReader.Read(path).ToList();

        Assert.Equal(3, sentences.Count);
        Assert.Equal(["lagoon_times_3.txt", "lagoon_times_3.txt", "hill_gazette_9.txt"], sentences.Select(s => s.DocumentId));
        Assert.Equal(["https://example.org/story"], sentences[0].Words);
        Assert.Equal(["Chief", "Tama", "Reti", "spoke"], sentences[1].Words);
        Assert.Equal(["O", "B-Person", "I-Person", "O"], sentences[1].Tags);
        Assert.Equal(["Rain", "fell"], sentences[2].Words);
    }

    [Fact]
    public void Read_SpaceSeparatedLinesAndExtraColumns_TakeTokenAndSecondField()
    {
        var path = _folder.Write("spaces.tsv",
            "Kiri     B-NORP",
            "weavers\tO",
            "in\tO",
            "Mareva\tB-Location\tB-Location",
            "on\tO",
            "4 pm.\tB-Date");

        var sentence = Assert.Single(BioTsvReader.Read(path));

        Assert.Equal(["Kiri", "weavers", "in", "Mareva", "on", "4 pm."], sentence.Words);
        Assert.Equal(["B-NORP", "O", "O", "B-Location", "O", "B-Date"], sentence.Tags);
        Assert.Null(sentence.DocumentId);
    }

    [Fact]
    public void Read_IWithoutMatchingEntity_IsRepairedToB()
    {
        var path = _folder.Write("repair.tsv",
            "# doc_id = delta_post_1.txt",
            "paid\tO",
            "forty\tI-Money",
            "rupees\tI-Money",
            "at\tO",
            "Opal\tB-Facility",
            "Mall\tI-Organization",
            "Tuesday\tI-Date");

        var sentence = Assert.Single(BioTsvReader.Read(path));

        Assert.Equal(["O", "B-Money", "I-Money", "O", "B-Facility", "B-Organization", "B-Date"], sentence.Tags);
    }
}
