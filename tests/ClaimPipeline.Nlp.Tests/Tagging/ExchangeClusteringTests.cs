using ClaimPipeline.Nlp.Training;

namespace ClaimPipeline.Nlp.Tests.Tagging;

public sealed class ExchangeClusteringTests
{
    [Fact]
    public void Cluster_WordsFollowedByTheSameWords_ShareAClass()
    {
        // Vocabulary: 0 "said", 1 "told", 2 "Paris", 3 "Rome", 4 "that", 5 "in".
        // "said"/"told" are followed by "that"; "Paris"/"Rome" by "in".
        var sequences = new List<int[]>();
        for (int i = 0; i < 20; i++)
        {
            sequences.Add([0, 4, 2, 5]);
            sequences.Add([1, 4, 3, 5]);
        }
        var classes = ExchangeClustering.Cluster(sequences, vocabularySize: 6, classes: 3, passes: 10);
        Assert.Equal(classes[0], classes[1]);
        Assert.Equal(classes[2], classes[3]);
        Assert.NotEqual(classes[0], classes[2]);
    }

    [Fact]
    public void Cluster_IsDeterministic()
    {
        var random = new Random(7);
        var sequences = Enumerable.Range(0, 200).Select(_ => Enumerable.Range(0, 12).Select(_ => random.Next(-1, 40)).ToArray()).ToList();
        Assert.Equal(ExchangeClustering.Cluster(sequences, 40, 5, 4), ExchangeClustering.Cluster(sequences, 40, 5, 4));
    }
}
