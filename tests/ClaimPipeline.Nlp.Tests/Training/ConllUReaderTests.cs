using ClaimPipeline.Nlp.Training.Corpora;

namespace ClaimPipeline.Nlp.Tests.Training;

public sealed class ConllUReaderTests : IDisposable
{
    private readonly TempCorpusFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Read_SentenceWithoutNewdoc_HasNullDocumentIdAndFormsWithUpos()
    {
        var path = _folder.Write("plain.conllu",
            "# sent_id = s1",
            "# text = Otters swim.",
            "1\tOtters\totter\tNOUN\tNNS\t_\t2\tnsubj\t_\t_",
            "2\tswim\tswim\tVERB\tVBP\t_\t0\troot\t_\tSpaceAfter=No",
            "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_");

        var sentence = Assert.Single(ConllUReader.Read(path));

        Assert.Equal(["Otters", "swim", "."], sentence.Words);
        Assert.Equal(["NOUN", "VERB", "PUNCT"], sentence.Tags);
        Assert.Null(sentence.DocumentId);
    }

    [Fact]
    public void Read_RangeLinesAndEmptyNodes_AreSkipped()
    {
        var path = _folder.Write("ranges.conllu",
            "1-2\tcannot\t_\t_\t_\t_\t_\t_\t_\t_",
            "1\tcan\tcan\tAUX\tMD\t_\t3\taux\t_\t_",
            "2\tnot\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_",
            "3\tstop\tstop\tVERB\tVB\t_\t0\troot\t_\t_",
            "3.1\tstop\tstop\tVERB\tVB\t_\t_\t_\t0:root\t_");

        var sentence = Assert.Single(ConllUReader.Read(path));

        Assert.Equal(["can", "not", "stop"], sentence.Words);
        Assert.Equal(["AUX", "PART", "VERB"], sentence.Tags);
    }

    [Fact]
    public void Read_NewdocComments_SetDocumentIdUntilTheNextOne()
    {
        var path = _folder.Write("docs.conllu",
            "# newdoc id = harbour-blog-7",
            "# sent_id = a1",
            "1\tBoats\tboat\tNOUN\tNNS\t_\t0\troot\t_\t_",
            "",
            "# sent_id = a2",
            "1\tGulls\tgull\tNOUN\tNNS\t_\t0\troot\t_\t_",
            "",
            "# newdoc id = bakery-review-2",
            "# sent_id = b1",
            "1\tBread\tbread\tNOUN\tNN\t_\t0\troot\t_\t_",
            "");

        var sentences = ConllUReader.Read(path).ToList();

        Assert.Equal(3, sentences.Count);
        Assert.Equal(["harbour-blog-7", "harbour-blog-7", "bakery-review-2"], sentences.Select(s => s.DocumentId));
        Assert.Equal(["Boats"], sentences[0].Words);
        Assert.Equal(["Gulls"], sentences[1].Words);
        Assert.Equal(["Bread"], sentences[2].Words);
    }

    [Fact]
    public void Read_ExtraBlankLines_DoNotYieldEmptySentences()
    {
        var path = _folder.Write("blanks.conllu",
            "",
            "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_",
            "",
            "",
            "1\tBye\tbye\tINTJ\tUH\t_\t0\troot\t_\t_");

        Assert.Equal(2, ConllUReader.Read(path).Count());
    }
}
