using CsvHelper;
using ClaimPipeline.Cli.Output;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Cli.Tests.Output;

public sealed class CsvOutputTests
{
    private static readonly string[] ContractColumns =
    [
        "article_id", "claim_id", "kind", "claim", "speaker", "speaker_mention", "speaker_role", "cue", "quantity", "unit",
        "qualifier", "change", "subject", "predicate", "time", "place", "sentence", "start", "end", "speaker_start", "speaker_end",
        "confidence",
    ];

    private static CliResult Csv(params string[] args) => CliRunner.Run(["extract", .. args, "--config", CliRunner.Config]);

    [Fact]
    public void Extract_Csv_HeaderFollowsTheContract_AndRowsReadBack()
    {
        var result = Csv(RepoPaths.Data("articles"));
        Assert.Equal(0, result.ExitCode);
        var header = result.Out[..result.Out.IndexOf('\n')].Split(',');
        Assert.Equal(ContractColumns, header.Take(ContractColumns.Length));

        var rows = CsvSpreadsheetSafetyTests.ReadCsv(result.Out);
        Assert.True(rows.Count > 20);
        Assert.All(rows, r => Assert.Equal(header.Length, r.Length));
        var text = File.ReadAllText(RepoPaths.Data("articles", "000_8d99f1fb4af1b66b.txt"));
        int claim = Array.IndexOf(header, "claim"), start = Array.IndexOf(header, "start"), end = Array.IndexOf(header, "end");
        foreach (var row in rows.Where(r => r[0] == "000_8d99f1fb4af1b66b"))
            Assert.Equal(row[claim], text[int.Parse(row[start])..int.Parse(row[end])]);
    }

    [Fact]
    public void Extract_ClaimIds_AreStableAcrossRunsAndUnique()
    {
        var first = CliRunner.Extract(RepoPaths.Data("articles")).Rows.Select(r => r.GetProperty("claim_id").GetString()).ToList();
        var second = CliRunner.Extract(RepoPaths.Data("articles")).Rows.Select(r => r.GetProperty("claim_id").GetString()).ToList();
        Assert.Equal(first, second);
        Assert.Equal(first.Count, first.Distinct().Count());
    }

    [Fact]
    public void Extract_QuantitiesAreInvariantPlainNumbers()
    {
        using var folder = new TempFolder();
        var article = folder.File("n.txt", "More than 20,000 people left. The fund holds 1.5 million dollars.");
        var result = Csv(article);
        Assert.Contains(",20000,people,", result.Out);
        Assert.Contains(",1500000,dollar,", result.Out);
    }

    [Fact]
    public void Extract_Csv_ChangeIsAWord_NotAFormula()
    {
        using var folder = new TempFolder();
        var article = folder.File("c.txt", "Sales rose 12% to 9,000 units, and about 300 people came.");
        var result = Csv(article);
        var header = result.Out[..result.Out.IndexOf('\n')].Split(',');
        var rows = CsvSpreadsheetSafetyTests.ReadCsv(result.Out);
        int change = Array.IndexOf(header, "change"), claim = Array.IndexOf(header, "claim");
        Assert.Contains(rows, r => r[claim] == "12%" && r[change] == "up");
        Assert.Contains(rows, r => r[claim] == "about 300 people" && r[change] == "approx");
        Assert.All(rows, r => Assert.True(r[change] is "" or "exact" or "approx" or "min" or "max" or "up" or "down", r[change]));
    }

    [Fact]
    public void CsvWriter_CellsThatLookLikeFormulas_AreEscaped_AndQuotesRoundTrip()
    {
        var row = new ClaimRow
        {
            ArticleId = "=HYPERLINK(\"x\")", ClaimId = "abc", Kind = "quote", Claim = "-5 \"quoted\"\nnext line",
            Speaker = "@user", Sentence = "+1 sentence", Start = 0, End = 5, Confidence = 0.5, Rule = "quote.cue-after",
        };
        var stream = new MemoryStream();
        using (var writer = new CsvClaimWriter(stream, ClaimColumns.All)) writer.Write([row]);
        var csv = System.Text.Encoding.UTF8.GetString(stream.ToArray());

        var fields = Assert.Single(CsvSpreadsheetSafetyTests.ReadCsv(csv));
        Assert.Equal("'=HYPERLINK(\"x\")", fields[0]);
        Assert.Equal("'-5 \"quoted\"\nnext line", fields[3]);
        Assert.Equal("'@user", fields[4]);
        Assert.Equal("'+1 sentence", fields[ClaimColumns.All.ToList().IndexOf("sentence")]);
        Assert.Equal("0", fields[ClaimColumns.All.ToList().IndexOf("start")]);
    }

    [Fact]
    public void Extract_OutputFile_IsWrittenAtomically_AndReplacesTheOldOne()
    {
        using var folder = new TempFolder();
        var output = folder.File("claims.csv", "old content");
        var result = Csv(RepoPaths.Data("articles"), "-o", output);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.StartsWith("article_id,claim_id,kind,", File.ReadAllText(output));
        Assert.Equal(["claims.csv"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Extract_OutputInAMissingFolder_IsAUsageError()
    {
        var result = Csv(RepoPaths.Data("articles"), "-o", "/nonexistent-folder/claims.csv");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("the output folder does not exist", result.Error);
    }

    [Fact]
    public void Extract_Published_ResolvesRelativeTimes()
    {
        var rows = CliRunner.Extract(RepoPaths.Data("articles"), "--published", "2021-08-24").Rows;
        string? Time(string claimText) => rows.Single(r => r.GetProperty("kind").GetString() == "numeric"
            && r.GetProperty("claim").GetString()!.Contains(claimText)).GetProperty("time").GetString();
        Assert.Equal("2010", Time("11 years"));
        Assert.Equal("2021-08-23", Time("20,000"));
    }
}
