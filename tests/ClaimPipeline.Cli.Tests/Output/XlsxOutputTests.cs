using System.Globalization;
using System.Text;
using ClaimPipeline.Cli.Commands;
using ClaimPipeline.Cli.Output;
using ClaimPipeline.Tests.Shared;
using CsCheck;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace ClaimPipeline.Cli.Tests.Output;

public sealed class XlsxOutputTests
{
    private static WorkbookContent ExtractWorkbook(TempFolder folder, params string[] args)
    {
        var path = Path.Combine(folder.Path, "claims.xlsx");
        var result = CliRunner.Run(["extract", .. args, "--format", "xlsx", "-o", path, "--config", CliRunner.Config]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var stream = File.OpenRead(path);
        return WorkbookContent.Read(stream);
    }

    [Fact]
    public void Extract_Xlsx_HasTextIdsEqualToJsonl_NumberQuantities_FrozenBoldHeader_AndAutofilter()
    {
        using var folder = new TempFolder();
        var sheet = Assert.Single(ExtractWorkbook(folder, RepoPaths.Data("articles")).Sheets);
        var jsonl = CliRunner.Extract(RepoPaths.Data("articles")).Rows;

        // pipeline.json's columns: every column but the two --corroborate adds.
        Assert.Equal(ClaimColumns.All.Except([.. ClaimColumns.Corroboration, "cue_start", "cue_end"]), sheet.Header);
        Assert.Equal(jsonl.Count + 1, sheet.Rows.Count);
        Assert.All(sheet.Rows[0], c => Assert.True(c.IsInlineString && sheet.BoldStyles[(int)c.Style], c.Reference));
        int quantities = 0;
        for (int i = 0; i < jsonl.Count; i++)
        {
            var id = sheet.Cell(i + 1, "claim_id")!;
            Assert.True(id.IsInlineString, id.Reference);
            Assert.Equal(jsonl[i].GetProperty("claim_id").GetString(), id.Text);
            Assert.Equal(jsonl[i].GetProperty("claim").GetString(), sheet.Cell(i + 1, "claim")!.Text);
            if (jsonl[i].GetProperty("quantity").ValueKind == System.Text.Json.JsonValueKind.Number)
            {
                var quantity = sheet.Cell(i + 1, "quantity")!;
                Assert.True(quantity.IsNumber, quantity.Reference);
                Assert.Equal(jsonl[i].GetProperty("quantity").GetDouble(), double.Parse(quantity.Text, CultureInfo.InvariantCulture));
                quantities++;
            }
            Assert.True(sheet.Cell(i + 1, "start")!.IsNumber);
            Assert.True(sheet.Cell(i + 1, "confidence")!.IsNumber);
        }
        Assert.True(quantities > 5);

        Assert.NotNull(sheet.Pane);
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.PaneStateValues.Frozen, sheet.Pane!.State!.Value);
        Assert.Equal(1.0, sheet.Pane.VerticalSplit!.Value);
        Assert.Equal($"A1:AC{jsonl.Count + 1}", sheet.AutoFilter);
        // Widths follow the kind of column: evidence wide, ids narrow.
        Assert.True(sheet.Widths[ClaimColumns.All.ToList().IndexOf("sentence")] > 3 * sheet.Widths[ClaimColumns.All.ToList().IndexOf("claim_id")]);
    }

    /// <summary>`-o claims.xlsx` alone used to write CSV under that name; the extension now picks the format,
    /// and --format still wins.</summary>
    [Theory]
    [InlineData("claims.xlsx", null, "PK")]
    [InlineData("claims.XLSX", null, "PK")]
    [InlineData("claims.jsonl", null, "{\"article_id\"")]
    [InlineData("claims.csv", null, "article_id,")]
    [InlineData("claims.out", null, "article_id,")]
    [InlineData("claims.xlsx", "csv", "article_id,")]
    public void Extract_FormatFollowsTheOutputsExtension_UnlessGiven(string name, string? format, string start)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, name);
        string[] formatArgs = format is null ? [] : ["--format", format];
        var result = CliRunner.Run(["extract", RepoPaths.Data("articles"), .. formatArgs, "-o", path, "--config", CliRunner.Config]);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith(start, Encoding.UTF8.GetString(File.ReadAllBytes(path).AsSpan(0, start.Length)));
    }

    [Fact]
    public void Extract_BomWithAJsonlOutputName_IsAUsageError()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run(["extract", RepoPaths.Data("articles"), "--bom", "-o", Path.Combine(folder.Path, "c.jsonl"), "--config", CliRunner.Config]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--bom applies to --format csv only", result.Error);
    }

    /// <summary>The zip recorded the clock's time in every entry, so two runs on the same articles differed.</summary>
    [Fact]
    public void Extract_Xlsx_SameArticles_SameBytes_AtAnyTime()
    {
        using var folder = new TempFolder();
        var first = Path.Combine(folder.Path, "a.xlsx");
        var second = Path.Combine(folder.Path, "b.xlsx");
        Assert.Equal(0, CliRunner.Run(["extract", RepoPaths.Data("articles"), "--format", "xlsx", "-o", first, "--config", CliRunner.Config]).ExitCode);
        Thread.Sleep(2100); // zip times have a resolution of two seconds
        Assert.Equal(0, CliRunner.Run(["extract", RepoPaths.Data("articles"), "--format", "xlsx", "-o", second, "--threads", "1", "--config", CliRunner.Config]).ExitCode);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void Extract_Xlsx_IsAValidWorkbook()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "claims.xlsx");
        Assert.Equal(0, CliRunner.Run(["extract", RepoPaths.Data("articles"), "--format", "xlsx", "-o", path, "--config", CliRunner.Config]).ExitCode);
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void Extract_Xlsx_ToATerminal_IsAUsageErrorSuggestingOutput()
    {
        var output = new MemoryStream();
        var error = new StringWriter();
        var console = new CliConsole(output, error, () => new MemoryStream(), ErrorIsTerminal: false) { OutIsTerminal = true };
        int exit = CommandLine.Run(["extract", RepoPaths.Data("articles"), "--format", "xlsx", "--config", CliRunner.Config], console);
        Assert.Equal(2, exit);
        Assert.Contains("-o", error.ToString());
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void Extract_Xlsx_ToARedirectedStdout_IsTheSameWorkbook()
    {
        var result = CliRunnerBytes(["extract", RepoPaths.Data("articles"), "--format", "xlsx", "--config", CliRunner.Config]);
        var sheet = Assert.Single(WorkbookContent.Read(new MemoryStream(result)).Sheets);
        Assert.Equal(CliRunner.Extract(RepoPaths.Data("articles")).Rows.Count + 1, sheet.Rows.Count);
    }

    private static byte[] CliRunnerBytes(string[] args)
    {
        var output = new MemoryStream();
        var console = new CliConsole(new NonSeekableStream(output), new StringWriter(), () => new MemoryStream(), ErrorIsTerminal: false);
        Assert.Equal(0, CommandLine.Run(args, console));
        return output.ToArray();
    }

    private static ClaimRow Row(string claim, string? speaker = null, double? quantity = null) => new()
    {
        ArticleId = "a", ClaimId = "c0123456789ab", Kind = "numeric", Claim = claim, Speaker = speaker, Quantity = quantity,
        Sentence = claim, Start = 0, End = claim.Length, Confidence = 0.5, Rule = "number.quantity",
    };

    private static WorkbookContent Write(IReadOnlyList<ClaimRow> rows, int rowsPerSheet = XlsxClaimWriter.MaxRowsPerSheet)
    {
        var stream = new MemoryStream();
        using (var writer = new XlsxClaimWriter(new NonSeekableStream(stream), ClaimColumns.All, rowsPerSheet)) writer.Write(rows);
        return WorkbookContent.Read(new MemoryStream(stream.ToArray()));
    }

    [Fact]
    public void XlsxWriter_TextGoesInExactly_FormulasStayText_NegativeQuantitiesStayNumbers()
    {
        string[] tricky =
        [
            "=SUM(A1:A2)", "'=X", "-5 people", "+1", "@user", "\uFF1D1+1", " leading and trailing ", "a\r\nb\rc\nd\te",
            "nul\0 and \u0001 bell\u0007", "_x0041_ stays as written", "lone \uD800 surrogate", "pair \U0001F600 kept", "\uFFFF",
            "10e329246986", "026603534807", "August 31", "76%", "false",
        ];
        var sheet = Assert.Single(Write(tricky.Select(t => Row(t, speaker: t, quantity: -5)).ToList()).Sheets);
        for (int i = 0; i < tricky.Length; i++)
        {
            var claim = sheet.Cell(i + 1, "claim")!;
            Assert.True(claim.IsInlineString && !claim.HasFormula, claim.Reference);
            Assert.Equal(tricky[i], claim.Text);
            Assert.Equal(tricky[i], sheet.Cell(i + 1, "speaker")!.Text);
            var quantity = sheet.Cell(i + 1, "quantity")!;
            Assert.True(quantity.IsNumber);
            Assert.Equal("-5", quantity.Text);
        }
    }

    [Fact]
    public void XlsxWriter_AnyText_ReadsBackAsWritten()
    {
        // Any UTF-16 units, then text made of the escape's own characters ("_x00D_", "_x0041__x").
        var escapeLike = Gen.String[Gen.Char["_x0Dd4F1\r"], 0, 20];
        Gen.String[Gen.Char, 0, 40].Select(escapeLike, (a, b) => a + "_x" + b).Sample(text =>
        {
            var sheet = Assert.Single(Write([Row("x", speaker: text)]).Sheets);
            Assert.Equal(text, sheet.Cell(1, "speaker")?.Text ?? "");
        }, iter: 200, threads: 1);
    }

    [Fact]
    public void XlsxWriter_TextOverACellsLimit_IsCutAndMarked()
    {
        var text = new string('a', XlsxText.MaxCellChars + 10);
        var cell = Assert.Single(Write([Row(text)]).Sheets).Cell(1, "claim")!;
        Assert.Equal(XlsxText.MaxCellChars, cell.Text.Length);
        Assert.EndsWith("a\u2026", cell.Text);
    }

    [Fact]
    public void XlsxWriter_RowsPastASheetsLimit_GoOnInAnotherSheetWithItsHeader()
    {
        var rows = Enumerable.Range(0, 5).Select(i => Row("claim " + i)).ToList();
        var sheets = Write(rows, rowsPerSheet: 3).Sheets;
        Assert.Equal(["claims", "claims 2", "claims 3"], sheets.Select(s => s.Name));
        Assert.All(sheets, s => Assert.Equal(ClaimColumns.All, s.Header));
        Assert.Equal(rows.Select(r => r.Claim), sheets.SelectMany(s => s.Rows.Skip(1).Select((_, i) => s.Cell(i + 1, "claim")!.Text)));
        Assert.Equal(["A1:AG3", "A1:AG3", "A1:AG2"], sheets.Select(s => s.AutoFilter));
    }

    /// <summary>A stream like a pipe: written in order, no seeking, no length.</summary>
    private sealed class NonSeekableStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
