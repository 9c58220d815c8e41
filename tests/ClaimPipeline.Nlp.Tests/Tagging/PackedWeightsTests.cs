using ClaimPipeline.Nlp.Tagging;

namespace ClaimPipeline.Nlp.Tests.Tagging;

public sealed class PackedWeightsTests
{
    [Theory]
    [InlineData(3)] // 16-byte entries, four to a cache line
    [InlineData(12)] // 32-byte entries, two to a line
    [InlineData(17)]
    [InlineData(40)] // more classes than one cache line holds
    public void Score_SumsTheRowsOfKnownFeatures_WithinTheQuantisationStep(int classes)
    {
        var random = new Random(7);
        int count = 5000;
        var features = Enumerable.Range(0, count).Select(_ => (ulong)random.NextInt64(1, long.MaxValue)).Distinct().ToArray();
        var weights = new float[features.Length * classes];
        for (int i = 0; i < weights.Length; i++) weights[i] = random.Next(4) == 0 ? (float)(random.NextDouble() * 20 - 10) : 0;
        var packed = new PackedWeights(features, weights, classes);

        ulong[] asked = [features[3], 12345, features[4000], features[3], 0];
        var scores = new float[classes];
        packed.Score(asked, scores);

        float step = weights.Max(Math.Abs) / 32000f;
        for (int c = 0; c < classes; c++)
        {
            float expected = 2 * weights[3 * classes + c] + weights[4000 * classes + c];
            Assert.Equal(expected, scores[c], 3 * step);
        }
    }

    [Fact]
    public void Score_FeaturesThatCollide_AreAllFound()
    {
        // A table this full probes past taken slots; every feature must still find its own row.
        var features = Enumerable.Range(1, 3000).Select(i => (ulong)i * 0x10000000000UL).ToArray();
        var weights = features.Select((_, i) => (float)(i % 100)).ToArray();
        var packed = new PackedWeights(features, weights, 1);
        var score = new float[1];
        for (int i = 0; i < features.Length; i += 97)
        {
            packed.Score([features[i]], score);
            Assert.Equal(i % 100, score[0], 0.01);
        }
    }
}
