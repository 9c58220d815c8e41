using System.Text.Json;
using ClaimPipeline.Cli.Commands;
using ClaimPipeline.Cli.Review;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Cli.Tests.Review;

/// <summary>`claims verdicts` (issue 21): a review's export, joined with the claims it was made from, as figures.</summary>
public sealed class VerdictsCommandTests
{
    private static List<JsonElement> SampleRows(TempFolder folder, out string jsonl, out string csv)
    {
        var rows = CliRunner.Extract(RepoPaths.Data("articles"));
        jsonl = folder.File("claims.jsonl", rows.Out);
        csv = Path.Combine(folder.Path, "claims.csv");
        Assert.Equal(0, CliRunner.Run(["extract", RepoPaths.Data("articles"), "-o", csv, "--config", CliRunner.Config]).ExitCode);
        return rows.Rows;
    }

    [Fact]
    public void Verdicts_join_the_claims_of_a_jsonl_or_csv_file_and_give_the_accepted_share_per_kind_and_rule()
    {
        using var folder = new TempFolder();
        var rows = SampleRows(folder, out var jsonl, out var csv);
        var quotes = rows.Where(r => r.GetProperty("kind").GetString() == "quote").Take(3).Select(r => r.GetProperty("claim_id").GetString()).ToList();
        var number = rows.First(r => r.GetProperty("kind").GetString() == "numeric").GetProperty("claim_id").GetString();
        var verdicts = folder.File("review-verdicts.csv",
            $"claim_id,verdict\r\n{quotes[0]},accept\r\n{quotes[1]},accept\r\n{quotes[2]},reject\r\n{number},reject\r\nc000000000000,accept\r\n");
        foreach (var claims in new[] { jsonl, csv })
        {
            var result = CliRunner.Run(["verdicts", verdicts, "--claims", claims, "--json"]);
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("1 verdict(s) name claims that are not in", result.Error);
            var report = JsonDocument.Parse(result.Out).RootElement;
            Assert.Equal(4, report.GetProperty("reviewed").GetInt32());
            Assert.Equal(2, report.GetProperty("accepted").GetInt32());
            Assert.Equal(1, report.GetProperty("unknown").GetInt32());
            var quote = report.GetProperty("by_kind").GetProperty("quote");
            Assert.Equal((3, 2), (quote.GetProperty("reviewed").GetInt32(), quote.GetProperty("accepted").GetInt32()));
            Assert.Equal(0, report.GetProperty("by_kind").GetProperty("numeric").GetProperty("accepted").GetInt32());
        }
    }

    [Fact]
    public void The_calibration_error_is_the_count_weighted_gap_between_confidence_and_accepted_share_per_bin()
    {
        var reviewed = new List<ReviewedClaim>
        {
            new("a", "quote", "r", 0.95, true), new("b", "quote", "r", 0.95, true), new("c", "quote", "r", 0.95, true), new("d", "quote", "r", 0.95, false),
            new("e", "quote", "r", 0.25, false), new("f", "quote", "r", 0.25, false), new("g", "quote", "r", 0.25, false), new("h", "quote", "r", 0.25, true),
        };
        var (mean, accepted, error) = VerdictsCommand.Calibration(reviewed);
        Assert.Equal(0.6, mean, 6);
        Assert.Equal(0.5, accepted, 6);
        Assert.Equal(0.2 * 0.5 + 0.0 * 0.5, error, 6);
    }

    [Theory]
    [InlineData("claim_id,verdict\nc1,maybe\n", "review-verdicts.csv:2: verdict 'maybe' is neither accept nor reject")]
    [InlineData("id,verdict\nc1,accept\n", "review-verdicts.csv:1: no 'claim_id' column")]
    [InlineData("", "review-verdicts.csv: empty: no header line")]
    public void A_bad_verdicts_file_is_one_error_naming_the_file_and_line(string text, string message)
    {
        using var folder = new TempFolder();
        SampleRows(folder, out var jsonl, out _);
        var result = CliRunner.Run(["verdicts", folder.File("review-verdicts.csv", text), "--claims", jsonl]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void A_review_without_marks_yet_has_nothing_reviewed_and_a_missing_file_is_named()
    {
        using var folder = new TempFolder();
        SampleRows(folder, out var jsonl, out _);
        var empty = CliRunner.Run(["verdicts", folder.File("review-verdicts.csv", "claim_id,verdict\r\n"), "--claims", jsonl]);
        Assert.Equal(0, empty.ExitCode);
        Assert.Contains("0 reviewed claim(s), 0 accepted", empty.Out);
        var missing = CliRunner.Run(["verdicts", Path.Combine(folder.Path, "none.csv"), "--claims", jsonl]);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("none.csv: no such file", missing.Error);
    }
}
