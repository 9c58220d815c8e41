using System.Globalization;
using System.Xml.Linq;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Cli.Tests.Output;

/// <summary>
/// A real spreadsheet opens our workbook: LibreOffice Calc, headless, converts it to a flat OpenDocument sheet, in
/// which every cell says how Calc typed it. Claim ids must stay text equal to the JSONL's (in a CSV, Calc had made
/// "10e329246986" a number), quantities and offsets must be numbers, and every text cell must read back as written.
/// </summary>
public sealed class LibreOfficeReadBackTests
{
    private static readonly XNamespace Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static readonly XNamespace Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static readonly XNamespace Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    [NeedsLibreOfficeFact]
    public void Calc_ReadsTheWorkbook_IdsAsText_QuantitiesAsNumbers()
    {
        using var folder = new TempFolder();
        var articles = RepoPaths.Data("articles");
        var workbook = Path.Combine(folder.Path, "claims.xlsx");
        var written = CliRunner.Run(["extract", articles, "--format", "xlsx", "-o", workbook, "--config", CliRunner.Config]);
        Assert.True(written.ExitCode == 0, written.Error);
        var jsonl = CliRunner.Extract(articles).Rows;

        // A profile of its own, so that a Calc the user has open (or another test run) does not hold the lock.
        var profile = new Uri(Path.Combine(folder.Path, "profile")).AbsoluteUri;
        SystemCommand.Check(NeedsLibreOfficeFactAttribute.Soffice!, $"-env:UserInstallation={profile}", "--headless",
            "--convert-to", "fods", "--outdir", folder.Path, workbook);
        var rows = ReadSheet(Path.Combine(folder.Path, "claims.fods"));

        var header = rows[0].Select(c => c.Text).ToList();
        Assert.Equal(jsonl.Count + 1, rows.Count);
        int id = header.IndexOf("claim_id"), claim = header.IndexOf("claim"), quantity = header.IndexOf("quantity"), start = header.IndexOf("start"),
            sentence = header.IndexOf("sentence");
        int numbers = 0;
        for (int i = 0; i < jsonl.Count; i++)
        {
            var row = rows[i + 1];
            Assert.Equal(("string", jsonl[i].GetProperty("claim_id").GetString()), (row[id].Type, row[id].Text));
            Assert.Equal(("string", jsonl[i].GetProperty("claim").GetString()), (row[claim].Type, row[claim].Text));
            Assert.Equal(jsonl[i].GetProperty("sentence").GetString(), row[sentence].Text);
            Assert.Equal("float", row[start].Type);
            if (jsonl[i].GetProperty("quantity").ValueKind == System.Text.Json.JsonValueKind.Number)
            {
                Assert.Equal("float", row[quantity].Type);
                Assert.Equal(jsonl[i].GetProperty("quantity").GetDouble(), double.Parse(row[quantity].Value!, CultureInfo.InvariantCulture));
                numbers++;
            }
        }
        Assert.True(numbers > 5);
    }

    private sealed record Cell(string? Type, string? Value, string Text);

    /// <summary>A paragraph's text with OpenDocument's runs of spaces (text:s), tabs and line breaks put back.</summary>
    private static string ParagraphText(XElement paragraph) => string.Concat(paragraph.Nodes().Select(node => node switch
    {
        XText text => text.Value,
        XElement { Name.LocalName: "s" } space => new string(' ', int.TryParse((string?)space.Attribute(Text + "c"), out var c) ? c : 1),
        XElement { Name.LocalName: "tab" } => "\t",
        XElement { Name.LocalName: "line-break" } => "\n",
        XElement other => ParagraphText(other),
        _ => "",
    }));

    /// <summary>The first sheet's rows as Calc typed them; repeated cells (empty runs) expanded.</summary>
    private static List<List<Cell>> ReadSheet(string path)
    {
        var sheet = XDocument.Load(path).Descendants(Table + "table").First();
        var rows = new List<List<Cell>>();
        foreach (var row in sheet.Descendants(Table + "table-row"))
        {
            var cells = new List<Cell>();
            foreach (var cell in row.Elements(Table + "table-cell"))
            {
                int repeat = int.TryParse((string?)cell.Attribute(Table + "number-columns-repeated"), out var n) ? Math.Min(n, 64) : 1;
                var text = string.Join("\n", cell.Elements(Text + "p").Select(ParagraphText));
                for (int i = 0; i < repeat; i++)
                    cells.Add(new Cell((string?)cell.Attribute(Office + "value-type"), (string?)cell.Attribute(Office + "value"), text));
            }
            if (cells.Any(c => c.Type is not null)) rows.Add(cells);
        }
        return rows;
    }
}
