using ClaimPipeline.Cli.Output;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Cli.Tests.Output;

public sealed class ColumnAndFilterOptionTests
{
    private static readonly string Articles = RepoPaths.Data("articles");

    private static List<string> Keys(CliResult result) => result.Rows[0].EnumerateObject().Select(p => p.Name).ToList();

    [Fact]
    public void Extract_ColumnsList_OverridesTheConfigsColumns_InTheGivenOrder()
    {
        var result = CliRunner.Extract(Articles, "--columns", "claim, claim_id,quantity");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["claim", "claim_id", "quantity"], Keys(result));
        var csv = CliRunner.Run(["extract", Articles, "--columns", "claim_id,claim", "--config", CliRunner.Config]);
        Assert.StartsWith("claim_id,claim\n", csv.Out);
    }

    [Fact]
    public void Extract_ColumnsReview_StartsWithWhatAReviewerReads()
    {
        var result = CliRunner.Extract(Articles, "--columns", "review");
        Assert.Equal(ClaimColumns.Review, Keys(result));
        Assert.Equal(["article_id", "kind", "speaker", "claim", "sentence", "confidence"], Keys(result).Take(6));
        Assert.Contains("claim_id", Keys(result));
    }

    [Theory]
    [InlineData("claim,speakers", "unknown column 'speakers'")]
    [InlineData("claim,claim", "'claim' is named twice")]
    [InlineData("review,claim_id", "review is a preset and stands alone; to add columns to it, list its columns: article_id,kind,speaker,claim,sentence,confidence,")]
    public void Extract_BadColumns_AreAUsageErrorNamingTheKnownOnes(string columns, string message)
    {
        var result = CliRunner.Extract(Articles, "--columns", columns);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
        if (message.StartsWith("unknown")) Assert.Contains("(known: article_id, claim_id,", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Extract_Kind_KeepsOnlyThoseKinds()
    {
        var all = CliRunner.Extract(Articles).Rows;
        var attributed = CliRunner.Extract(Articles, "--kind", "quote,indirect").Rows;
        var numeric = CliRunner.Extract(Articles, "--kind", "numeric").Rows;
        string Kind(System.Text.Json.JsonElement r) => r.GetProperty("kind").GetString()!;
        Assert.Equal(all.Where(r => Kind(r) != "numeric").Select(r => r.GetRawText()), attributed.Select(r => r.GetRawText()));
        Assert.Equal(all.Where(r => Kind(r) == "numeric").Select(r => r.GetRawText()), numeric.Select(r => r.GetRawText()));
        Assert.NotEmpty(numeric);
        Assert.Equal(attributed.Count, CliRunner.Extract(Articles, "--kind", "quote", "--kind", "indirect").Rows.Count);
    }

    [Fact]
    public void Extract_MinConfidence_KeepsRowsAtOrAboveIt()
    {
        var all = CliRunner.Extract(Articles).Rows;
        var kept = CliRunner.Extract(Articles, "--min-confidence", "0.7").Rows;
        Assert.Equal(all.Where(r => r.GetProperty("confidence").GetDouble() >= 0.7).Select(r => r.GetRawText()), kept.Select(r => r.GetRawText()));
        Assert.InRange(kept.Count, 1, all.Count - 1);
    }

    [Theory]
    [InlineData("--kind", "quotes", "unknown kind 'quotes'")]
    [InlineData("--min-confidence", "1.5", "--min-confidence: '1.5' is not a number from 0 to 1")]
    public void Extract_BadFilters_AreUsageErrors(string option, string value, string message)
    {
        var result = CliRunner.Extract(Articles, option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
    }
}
