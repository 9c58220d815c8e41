using ClaimPipeline.Nlp.Training;

namespace ClaimPipeline.Nlp.Tests.Training;

public sealed class VectorKMeansTests
{
    /// <summary>Three groups of 40 vectors in 20 dimensions, each near its own axis, with scale varying 1–10
    /// (clusters go by direction) and some noise; the groups are interleaved.</summary>
    private static List<float[]> ThreeGroups(int seed)
    {
        var random = new Random(seed);
        var vectors = new List<float[]>();
        for (int i = 0; i < 120; i++)
        {
            var vector = new float[20];
            for (int d = 0; d < 20; d++) vector[d] = (float)(random.NextDouble() - 0.5) * 0.3f;
            vector[i % 3 * 5] += 1;
            float scale = 1 + i % 10;
            vectors.Add(vector.Select(v => v * scale).ToArray());
        }
        return vectors;
    }

    [Fact]
    public void Cluster_SeparatedGroups_OneClusterEach()
    {
        var clusters = VectorKMeans.Cluster(ThreeGroups(7), 20, 3, 20, seed: 1);
        for (int group = 0; group < 3; group++)
            Assert.Single(clusters.Where((_, i) => i % 3 == group).Distinct());
        Assert.Equal(3, clusters.Distinct().Count());
    }

    [Fact]
    public void Cluster_SameInput_SameClusters()
    {
        var vectors = ThreeGroups(3);
        var first = VectorKMeans.Cluster(vectors, 20, 12, 10, seed: 5);
        Assert.Equal(first, VectorKMeans.Cluster(vectors, 20, 12, 10, seed: 5));
        // More clusters than groups: the groups are split, never mixed.
        for (int c = 0; c < 12; c++)
            Assert.True(first.Select((k, i) => (k, i)).Where(p => p.k == c).Select(p => p.i % 3).Distinct().Count() <= 1);
    }

    [Fact]
    public void Cluster_RepeatedPoints_FewerDistinctThanClusters_StillAnswers()
    {
        var vectors = Enumerable.Range(0, 10).Select(i => i < 5 ? new float[] { 1, 0 } : new float[] { 0, 1 }).ToList();
        var clusters = VectorKMeans.Cluster(vectors, 2, 4, 5, seed: 2);
        Assert.Single(clusters.Take(5).Distinct());
        Assert.Single(clusters.Skip(5).Distinct());
        Assert.NotEqual(clusters[0], clusters[5]);
    }
}
