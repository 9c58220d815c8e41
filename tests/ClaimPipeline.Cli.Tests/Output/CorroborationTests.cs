using ClaimPipeline.Cli.Output;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Cli.Tests.Output;

/// <summary>extract --corroborate (issue 21): the same claim in two outlets shares a cluster; unrelated claims do not.</summary>
public sealed class CorroborationTests
{
    [Fact]
    public void The_sample_articles_red_line_and_eight_years_each_form_one_cluster_across_both()
    {
        var result = CliRunner.Extract(RepoPaths.Data("articles"), "--corroborate");
        Assert.Equal(0, result.ExitCode);
        var rows = result.Rows;
        var clusters = rows.Where(r => r.GetProperty("cluster_id").GetString() is not null)
            .GroupBy(r => r.GetProperty("cluster_id").GetString()).ToList();
        var redLine = Assert.Single(clusters, c => c.Any(r => r.GetProperty("claim").GetString()!.Contains("red line")));
        Assert.Equal(2, redLine.Count());
        Assert.Equal(2, redLine.Select(r => r.GetProperty("article_id").GetString()).Distinct().Count());
        Assert.All(redLine, r => Assert.Equal(2, r.GetProperty("cluster_size").GetInt32()));
        var years = Assert.Single(clusters, c => c.Any(r => r.GetProperty("claim").GetString() is "eight years" or "8 years"));
        Assert.Equal(["8 years", "eight years"], years.Select(r => r.GetProperty("claim").GetString()).Order(StringComparer.Ordinal));
        Assert.All(rows.Where(r => r.GetProperty("cluster_id").GetString() is null), r => Assert.Equal(1, r.GetProperty("cluster_size").GetInt32()));
    }

    [Fact]
    public void Without_the_option_there_are_no_cluster_columns()
    {
        var rows = CliRunner.Extract(RepoPaths.Data("articles")).Rows;
        Assert.DoesNotContain(rows, r => r.TryGetProperty("cluster_id", out _));
    }

    private static ClaimRow Row(string id, string kind, string claim, string? speaker = null, double? quantity = null, string? unit = null,
        string? subject = null, string? predicate = null) => new()
    {
        ArticleId = "a", ClaimId = id, Kind = kind, Claim = claim, Sentence = claim, Start = 0, End = claim.Length, Confidence = 0.9, Rule = "r",
        Speaker = speaker, Quantity = quantity, Unit = unit, Subject = subject, Predicate = predicate,
    };

    [Fact]
    public void Counts_of_a_common_noun_and_quotes_of_other_speakers_stay_apart()
    {
        var first = new List<ClaimRow>
        {
            Row("n1", "numeric", "two sons", quantity: 2, unit: "son", subject: "son", predicate: "has"),
            Row("q1", "quote", "the plan is “a total disaster for the region”", speaker: "John Bolton"),
            Row("q2", "quote", "we will not “give up” on the talks", speaker: "Mary Stone"),
        };
        var second = new List<ClaimRow>
        {
            Row("n2", "numeric", "two sons", quantity: 2, unit: "son", subject: "son", predicate: "raised"),
            Row("q3", "quote", "the deal is “a total disaster for the region”", speaker: "Bolton"),
            Row("q4", "quote", "they will never “give up” their land", speaker: "Tom Hale"),
        };
        var result = Corroboration.Assign([first, second]).SelectMany(r => r).ToDictionary(r => r.ClaimId);
        Assert.Null(result["n1"].ClusterId);
        Assert.Equal(result["q1"].ClusterId, result["q3"].ClusterId);
        Assert.Equal("q1", result["q3"].ClusterId);
        Assert.Null(result["q2"].ClusterId);
        Assert.Null(result["q4"].ClusterId);
    }
}
