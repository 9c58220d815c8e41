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

    /// <summary>Rows of one article whose evidence tells its event; the claim rows under test come after them.</summary>
    private static List<ClaimRow> Article(string prefix, string evidence, params ClaimRow[] rows) =>
        [Row(prefix + "-e", "numeric", evidence, quantity: 1, unit: "x" + prefix) with { Sentence = evidence }, .. rows];

    private const string Bypass = "The Arusha bypass road opened on Saturday, linking Tanzania and Kenya across the East African Community region";
    private const string Election = "The general election campaign in Peru closed with rallies in Lima, Cusco and Arequipa on Sunday evening";

    [Fact]
    public void One_named_speakers_paraphrase_pairs_in_two_reports_of_one_event_but_not_across_unrelated_articles()
    {
        // Cosine between the two claims is under 0.5 (other words) but over 0.3 (the same named speaker's point).
        var said = Row("s1", "indirect", "the bypass will decongest Arusha city and stimulate trade across the regional bloc", speaker: "Samia Suluhu");
        var paraphrase = Row("s2", "indirect", "the road would decongest the city and stimulate trade for the bloc", speaker: "President Samia Suluhu Hassan");
        var sameEvent = Corroboration.Assign([Article("a", Bypass, said), Article("b", Bypass, paraphrase)]).SelectMany(r => r).ToDictionary(r => r.ClaimId);
        Assert.Equal("s1", sameEvent["s2"].ClusterId);
        var otherEvent = Corroboration.Assign([Article("a", Bypass, said), Article("b", Election, paraphrase)]).SelectMany(r => r).ToDictionary(r => r.ClaimId);
        Assert.Null(otherEvent["s2"].ClusterId);
    }

    [Fact]
    public void A_phrase_quoted_again_and_again_in_one_article_is_a_term_and_joins_nothing()
    {
        var first = Article("a", Bypass,
            Row("t1", "quote", "we uphold “one country, two systems” in every decision", speaker: "Xia Baolong"),
            Row("t2", "quote", "the future of “one country, two systems” is bright", speaker: "Xia Baolong"));
        var second = Article("b", Bypass, Row("t3", "quote", "patriots must govern under “one country, two systems” now", speaker: "Xia"));
        var result = Corroboration.Assign([first, second]).SelectMany(r => r).ToDictionary(r => r.ClaimId);
        Assert.Null(result["t3"].ClusterId);
    }

    [Fact]
    public void A_particular_value_pairs_in_two_reports_of_one_event_without_a_named_subject()
    {
        var first = Article("a", Bypass, Row("k1", "numeric", "42.4km", quantity: 42.4, unit: "kilometre") with { Dimension = "length" });
        var second = Article("b", Bypass, Row("k2", "numeric", "42.4 kilometres", quantity: 42.4, unit: "kilometre") with { Dimension = "length" });
        var third = Article("c", Election, Row("k3", "numeric", "42.4km", quantity: 42.4, unit: "kilometre") with { Dimension = "length" });
        var result = Corroboration.Assign([first, second, third]).SelectMany(r => r).ToDictionary(r => r.ClaimId);
        Assert.Equal("k1", result["k2"].ClusterId);
        Assert.Null(result["k3"].ClusterId);
    }

    [Fact]
    public void Two_outlets_that_share_only_the_word_the_are_different_speakers()
    {
        // Alike words (cosine over 0.5) but no ten-word run in common, so the speakers decide.
        var result = Corroboration.Assign([
            [Row("g1", "indirect", "the minister misled parliament about the cost of the new border wall", speaker: "The Guardian")],
            [Row("g2", "indirect", "the minister misled parliament about the cost of the border wall", speaker: "The Times")],
            [Row("g3", "indirect", "the minister misled parliament about how much the new border wall cost", speaker: "Guardian")],
            [Row("x1", "indirect", "ticket prices for the cup final rose again", speaker: "FA"), Row("x2", "numeric", "two goals", quantity: 2, unit: "goal")],
        ]).SelectMany(r => r).ToDictionary(r => r.ClaimId);
        Assert.Equal("g1", result["g3"].ClusterId);
        Assert.Null(result["g2"].ClusterId);
    }

    [Fact]
    public void Ten_words_in_the_same_order_are_one_statement_even_when_a_row_names_the_wrong_speaker()
    {
        var result = Corroboration.Assign([
            [Row("v1", "quote", "It is time to quit attacking various people that you competed with and get on message", speaker: "Mitch McConnell")],
            [Row("v2", "quote", "it's time to quit attacking various people that you competed with, and get on message.", speaker: "Donald Trump")],
            [Row("v3", "quote", "we will quit attacking people and get on message", speaker: "Paul Ryan")],
            [Row("x1", "indirect", "ticket prices for the cup final rose again", speaker: "FA")],
        ]).SelectMany(r => r).ToDictionary(r => r.ClaimId);
        Assert.Equal("v1", result["v2"].ClusterId);
        Assert.Null(result["v3"].ClusterId);
    }

    [Fact]
    public void A_run_repeated_within_one_article_joins_nothing_and_across_articles_joins_every_row_that_has_it()
    {
        const string Said = "we will never give up our land to anyone who asks for it today";
        var alone = Corroboration.Assign([
            [Row("r1", "quote", Said, speaker: "Ann Lee"), Row("r2", "quote", Said, speaker: "Ann Lee")],
            [Row("x1", "indirect", "ticket prices for the cup final rose again", speaker: "FA")],
        ]).SelectMany(r => r).ToDictionary(r => r.ClaimId);
        Assert.Null(alone["r1"].ClusterId);
        var across = Corroboration.Assign([
            [Row("r1", "quote", Said, speaker: "Ann Lee"), Row("r2", "quote", Said, speaker: "Ann Lee")],
            [Row("r3", "quote", Said, speaker: "Tom Hale")],
            [Row("r4", "quote", "she said " + Said, speaker: "Mary Stone")],
            [Row("x1", "indirect", "ticket prices for the cup final rose again", speaker: "FA")],
        ]).SelectMany(r => r).ToDictionary(r => r.ClaimId);
        Assert.All(new[] { "r1", "r2", "r3", "r4" }, id => Assert.Equal(("r1", 4), (across[id].ClusterId, across[id].ClusterSize)));
        Assert.Null(across["x1"].ClusterId);
    }
}
