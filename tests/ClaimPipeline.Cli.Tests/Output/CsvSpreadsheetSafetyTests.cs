using ClaimPipeline.Cli.Output;
using ClaimPipeline.Tests.Shared;
using CsCheck;
using CsvHelper;

namespace ClaimPipeline.Cli.Tests.Output;

public sealed class CsvSpreadsheetSafetyTests
{
    [Fact]
    public void FormulaEscape_RoundTrips_AndTellsAnApostropheFromAnEscape()
    {
        Assert.Equal("'=X", FormulaEscape.Escape("=X"));
        Assert.Equal("''=X", FormulaEscape.Escape("'=X"));
        Assert.NotEqual(FormulaEscape.Escape("=X"), FormulaEscape.Escape("'=X"));
        foreach (var fullwidth in new[] { "\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF20user" })
            Assert.Equal("'" + fullwidth, FormulaEscape.Escape(fullwidth));
        Assert.Equal("plain", FormulaEscape.Escape("plain"));
        Assert.Equal("", FormulaEscape.Escape(""));

        var start = Gen.Char["=+-@\t\r'\uFF1D\uFF0B\uFF0D\uFF20a1 "];
        Gen.String[start, 0, 4].Select(Gen.String[Gen.Char, 0, 10], (a, b) => a + b).Sample(cell =>
        {
            var escaped = FormulaEscape.Escape(cell)!;
            Assert.Equal(cell, FormulaEscape.Unescape(escaped));
            Assert.False(escaped.Length > 0 && escaped[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20');
        }, iter: 2000);
    }

    [Fact]
    public void CsvWriter_EscapesTextReversibly_ButNeverANumber()
    {
        string[] tricky = ["=HYPERLINK(\"x\")", "'=X", "-5 \"quoted\"\nnext line", "@user", "\uFF1D1+1", "\uFF0D3", "\tindent", "'", "plain"];
        var rows = tricky.Select(t => new ClaimRow
        {
            ArticleId = t, ClaimId = "c0123456789ab", Kind = "numeric", Claim = t, Speaker = t, Sentence = t, Start = 0, End = 5,
            Confidence = 0.5, Rule = "number.quantity", Quantity = -5, QuantityHigh = -1.5,
        }).ToList();
        var stream = new MemoryStream();
        using (var writer = new CsvClaimWriter(stream, ClaimColumns.All)) writer.Write(rows);

        var columns = ClaimColumns.All.ToList();
        var fields = ReadCsv(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal(tricky.Length, fields.Count);
        for (int i = 0; i < tricky.Length; i++)
        {
            foreach (var column in new[] { "article_id", "claim", "speaker", "sentence" })
                Assert.Equal(tricky[i], FormulaEscape.Unescape(fields[i][columns.IndexOf(column)]));
            Assert.Equal("-5", fields[i][columns.IndexOf("quantity")]);
            Assert.Equal("-1.5", fields[i][columns.IndexOf("quantity_high")]);
        }
        Assert.Equal("'=HYPERLINK(\"x\")", fields[0][columns.IndexOf("claim")]);
        Assert.Equal("''=X", fields[1][columns.IndexOf("claim")]);
        Assert.Equal("'\uFF1D1+1", fields[4][columns.IndexOf("claim")]);
        Assert.Equal("plain", fields[8][columns.IndexOf("claim")]);
    }

    [Fact]
    public void Extract_Bom_PutsAUtf8ByteOrderMarkFirst_OnlyWhenAsked()
    {
        var plain = CliRunner.Run(["extract", RepoPaths.Data("articles"), "--config", CliRunner.Config]);
        var marked = CliRunner.Run(["extract", RepoPaths.Data("articles"), "--bom", "--config", CliRunner.Config]);
        Assert.Equal(0, marked.ExitCode);
        Assert.StartsWith("article_id,", plain.Out);
        Assert.Equal("\uFEFF" + plain.Out, marked.Out);
    }

    [Fact]
    public void Extract_BomWithAnotherFormat_IsAUsageError()
    {
        var result = CliRunner.Run(["extract", RepoPaths.Data("articles"), "--bom", "--format", "jsonl", "--config", CliRunner.Config]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--bom applies to --format csv only", result.Error);
        Assert.Equal("", result.Out);
    }

    /// <summary>The records after the header, read back with CsvHelper.</summary>
    internal static List<string[]> ReadCsv(string csv)
    {
        using var reader = CsvReader.FromText(csv);
        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            var fields = new string[row.FieldCount];
            for (int i = 0; i < fields.Length; i++) fields[i] = row.GetString(i);
            rows.Add(fields);
        }
        return rows;
    }
}
