using ClaimPipeline.Nlp.Lexicons;
using ClaimPipeline.Nlp.Normalization;
using ClaimPipeline.Nlp.Tagging;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Nlp.Tests.Tagging;

/// <summary>The word-vector clusters (data/models/vector-clusters.tsv) and the recognizer features they add.</summary>
public sealed class VectorClustersTests
{
    private static readonly Lazy<VectorClusters> Shipped = new(() => VectorClusters.Load(RepoPaths.Data("models", "vector-clusters.tsv")));

    [Fact]
    public void Load_ShippedTable_LooksWordsUpLowercased_AndMissesUnknownWords()
    {
        Assert.True(Shipped.Value.TryGet("Germany", out var capitalised));
        Assert.True(Shipped.Value.TryGet("germany", out var lower));
        Assert.Equal(lower, capitalised);
        Assert.True(Shipped.Value.TryGet("FRANCE", out var france));
        Assert.Equal(lower.Small, france.Small); // two countries share the coarsest cluster
        Assert.False(Shipped.Value.TryGet("Zqxwv", out var missing));
        Assert.Equal((-1, -1, -1), missing);
    }

    [Fact]
    public void Load_LineWithoutThreeClusters_NamesFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"vector-clusters-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "# header\nparis\t1\t2\t3\nrome\t1\t2\n");
        try
        {
            var error = Assert.Throws<LexiconException>(() => VectorClusters.Load(path));
            Assert.StartsWith($"{path}:3:", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void NerFeatures_WithVectors_AddTheWordsClustersAndTheNeighboursMiddleCluster_OnlyForWordsInTheTable()
    {
        var document = TestStages.Run("Germany beat Zqxwv Blorf .", [new Normalizer(), TestStages.Tokenizer, TestStages.Sentences]);
        var classes = BilouTags.Labels(["PER", "ORG", "LOC", "MISC"]);
        var clusters = WordClusters.Load(RepoPaths.Data("models", "clusters.tsv"));
        var plain = new NerFeatures(TestStages.Names, new NerResources(clusters), classes);
        var withVectors = new NerFeatures(TestStages.Names, new NerResources(clusters, Shipped.Value), classes);

        // Germany: its three clusters and the next word's ("beat"); Zqxwv, not in the table: only the previous
        // word's ("beat"); Blorf: only the next word's ("."), as "Zqxwv" before it has none.
        Assert.Equal(4, Count(withVectors, document, 0) - Count(plain, document, 0));
        Assert.Equal(1, Count(withVectors, document, 2) - Count(plain, document, 2));
        Assert.Equal(1, Count(withVectors, document, 3) - Count(plain, document, 3));
        Assert.Equal("ner-v7", plain.Id);
        Assert.Equal("ner-v7+vectors", withVectors.Id);
    }

    private static int Count(NerFeatures features, ClaimPipeline.Nlp.Text.Document document, int token)
    {
        var sentence = document.Sentences[0];
        var scratch = new TaggingScratch();
        features.BeginSentence(document, sentence, scratch);
        var output = new ulong[features.MaxFeatures];
        return features.Extract(document, sentence, token, new int[sentence.TokenCount], scratch, output);
    }
}
