using System.Text;
using ClaimPipeline.Nlp.Training;

namespace ClaimPipeline.Nlp.Tests.Training;

public sealed class WordVectorReaderTests
{
    /// <summary>The package's layout: "words" and other keys around "vectors", two numbers past the dimensions.</summary>
    private const string Wink = """
        {"precision":8,"l2NormIndex":3,"wordIndex":4,"size":3,"dimensions":3,"words":["the",",","paris"],
         "vectors":{"the":[0.5,-1,2,2.29,0],",":[1e-3,0,0,0.001,1],"paris":[-0.25,4,0.125,4.01,2]},"unkVector":[0,0,0,0,-1]}
        """;

    [Fact]
    public void Read_WinkLayout_KeepsTheFirstDimensionsOfEachVector()
    {
        using var folder = new TempCorpusFolder();
        var vectors = WordVectorReader.Read(folder.Write("v.json", Wink));
        Assert.Equal(3, vectors.Dimensions);
        Assert.Equal(3, vectors.InFile);
        Assert.Equal(["the", ",", "paris"], vectors.Words);
        Assert.Equal([-0.25f, 4f, 0.125f], vectors.Vectors[2]);
        Assert.Equal([0.001f, 0f, 0f], vectors.Vectors[1]);
    }

    [Fact]
    public void Read_WithAFilter_KeepsOnlyThoseWords()
    {
        using var folder = new TempCorpusFolder();
        var vectors = WordVectorReader.Read(folder.Write("v.json", Wink), w => w != ",");
        Assert.Equal(["the", "paris"], vectors.Words);
        Assert.Equal(3, vectors.InFile);
    }

    [Fact]
    public void Read_LargerThanTheReadBuffer_ReadsEveryVector()
    {
        // 30,000 vectors of 40 numbers is several megabytes: tokens cross the refills of the 1 MB buffer.
        var json = new StringBuilder("{\"dimensions\":40,\"words\":[");
        json.AppendJoin(',', Enumerable.Range(0, 30_000).Select(i => $"\"w{i}\"")).Append("],\"vectors\":{");
        json.AppendJoin(',', Enumerable.Range(0, 30_000).Select(i => $"\"w{i}\":[{string.Join(',', Enumerable.Range(0, 42).Select(d => (i * 42 + d) % 1000 / 8.0))}]"));
        json.Append("}}");
        using var folder = new TempCorpusFolder();
        var vectors = WordVectorReader.Read(folder.Write("big.json", json.ToString()));
        Assert.Equal(30_000, vectors.Words.Count);
        Assert.Equal("w29999", vectors.Words[^1]);
        Assert.Equal((29_999 * 42 + 39) % 1000 / 8f, vectors.Vectors[^1][39]);
        Assert.Equal((12_345 * 42) % 1000 / 8f, vectors.Vectors[12_345][0]);
    }

    [Theory]
    [InlineData("""{"dimensions":2,"vectors":{"a":[1,2],"b":[1]}}""", "byte 37: the vector of 'b' has 1 numbers, fewer than the 2 dimensions")]
    [InlineData("""{"dimensions":2,"vectors":{"a":[1,"x"]}}""", "byte 34: the vector of 'a' holds something other than a number")]
    [InlineData("""{"vectors":{"a":[1,2]},"dimensions":2}""", "byte 11: \"vectors\" comes before \"dimensions\"")]
    [InlineData("""{"dimensions":2,"vectors":{"a":[1,2],"a":[3,4]}}""", "byte 37: the word 'a' has a second vector")]
    [InlineData("""{"dimensions":2}""", "no \"vectors\" object")]
    [InlineData("""{"dimensions":2,"vectors":{"a":[1,2],""", "line 2, byte 1: not valid JSON")] // cut short; the file ends in a line break
    [InlineData("""{"dimensions":2,"vectors":{"a":[1,2}}""", "line 1, byte 36: not valid JSON")]
    [InlineData("""[1,2]""", "byte 0: not a JSON object of word vectors")]
    public void Read_BadFile_NamesTheFileAndWhere(string json, string expected)
    {
        using var folder = new TempCorpusFolder();
        var path = folder.Write("bad.json", json);
        var error = Assert.Throws<FormatException>(() => WordVectorReader.Read(path));
        Assert.StartsWith($"{path}: ", error.Message);
        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain("\n", error.Message);
    }
}
