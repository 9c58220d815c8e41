using ClaimPipeline.Cli.Evaluation;
using ClaimPipeline.Cli.Output;

namespace ClaimPipeline.Cli.Tests.Evaluation;

/// <summary>Pairing precision and recall of --corroborate's clusters on annotated article pairs (issue 21).</summary>
public sealed class CorroborationScorerTests
{
    private static ClaimRow Row(string id, int start, int end, string? cluster, string kind = "quote") => new()
    {
        ArticleId = "x", ClaimId = id, Kind = kind, Claim = id, Sentence = id, Start = start, End = end, Confidence = 0.9, Rule = "r",
        ClusterId = cluster, ClusterSize = cluster is null ? 1 : 2,
    };

    [Fact]
    public void A_clustered_gold_pair_is_correct_an_unannotated_clustered_pair_is_wrong_and_an_unclustered_gold_pair_is_missed()
    {
        var line = CorroborationGoldLine.Parse("""
            {"corpus":"c","a":"A","b":"B","split":"dev","pairs":[{"a":[10,40],"b":[100,130],"kind":"quote"},{"a":[50,60],"b":[200,210],"kind":"numeric"}]}
            """);
        var a = new[] { Row("a1", 10, 41, "k1"), Row("a2", 50, 60, null, "numeric"), Row("a3", 70, 90, "k2") };
        var b = new[] { Row("b1", 98, 130, "k1"), Row("b2", 200, 210, null, "numeric"), Row("b3", 300, 320, "k2") };
        var scorer = new CorroborationScorer();
        var (wrong, missed) = scorer.Add(line, a, b);
        Assert.Equal((2, 2, 1), (scorer.Gold, scorer.Predicted, scorer.Correct));
        Assert.Equal(0.5, scorer.Precision);
        Assert.Equal(0.5, scorer.Recall);
        Assert.Equal(("a3", "b3"), (Assert.Single(wrong).A.ClaimId, wrong[0].B.ClaimId));
        Assert.Equal("numeric", Assert.Single(missed).Gold.Kind);
        Assert.Equal((1, 0), scorer.ByKind["numeric"]);
        Assert.Equal((1, 1), scorer.ByKind["speech"]);
        Assert.Equal(0, scorer.Unextracted);
    }

    [Fact]
    public void A_gold_claim_that_no_row_covers_by_half_is_unextracted_and_missed()
    {
        var line = CorroborationGoldLine.Parse("""{"corpus":"c","a":"A","b":"B","split":"test","pairs":[{"a":[0,100],"b":[0,10],"kind":"indirect"}]}""");
        var scorer = new CorroborationScorer();
        scorer.Add(line, [Row("a1", 0, 40, "k")], [Row("b1", 0, 10, "k")]);
        Assert.Equal((1, 0, 1), (scorer.Unextracted, scorer.Correct, scorer.Predicted));
    }

    [Theory]
    [InlineData("""{"corpus":"c","a":"A","b":"B","split":"train","pairs":[]}""", "not dev or test")]
    [InlineData("""{"corpus":"c","a":"A","b":"B","split":"dev","pairs":[{"a":[5,5],"b":[0,1],"kind":"quote"}]}""", "is not a range")]
    [InlineData("""{"corpus":"c","a":"A","split":"dev","pairs":[]}""", "no \"b\" field")]
    public void A_bad_gold_line_says_what_is_wrong(string line, string message) =>
        Assert.Contains(message, Assert.Throws<FormatException>(() => CorroborationGoldLine.Parse(line)).Message);

    [Fact]
    public void The_eval_names_a_missing_corpus_and_exits_1()
    {
        using var folder = new TempFolder();
        var gold = folder.File("pairs.jsonl", """{"corpus":"en-worldwide-newswire","a":"A","b":"B","split":"dev","pairs":[]}""" + "\n");
        var result = CliRunner.Run(["eval", "corroboration", "--corpus", gold + "@dev", "--config", CliRunner.Config]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the en-worldwide-newswire corpus is missing", result.Error);
    }
}
