using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ClaimPipeline.Cli.Tests.Output;

/// <summary>A workbook read back with the Open XML SDK: each sheet's cells by row, with their type.</summary>
internal sealed record WorkbookContent(List<WorkbookSheet> Sheets)
{
    public static WorkbookContent Read(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheets = new List<WorkbookSheet>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var rows = part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
                .Select(row => row.Elements<Cell>().Select(WorkbookCell.From).ToList()).ToList();
            var pane = part.Worksheet.Descendants<Pane>().SingleOrDefault();
            var filter = part.Worksheet.GetFirstChild<AutoFilter>()?.Reference?.Value;
            var widths = part.Worksheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
            var boldStyles = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>()
                .Select(f => workbook.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)f.FontId!.Value).Bold is not null)
                .ToList();
            sheets.Add(new WorkbookSheet(sheet.Name!, rows, pane, filter, widths, boldStyles));
        }
        return new WorkbookContent(sheets);
    }

    /// <summary>Decodes SpreadsheetML's _xHHHH_ escape (ECMA-376 ST_Xstring), as Excel and LibreOffice do.</summary>
    public static string Decode(string text) =>
        Regex.Replace(text, "_x([0-9A-Fa-f]{4})_", m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
}

internal sealed record WorkbookSheet(string Name, List<List<WorkbookCell>> Rows, Pane? Pane, string? AutoFilter, List<double> Widths,
    List<bool> BoldStyles)
{
    public List<string> Header => Rows[0].Select(c => c.Text).ToList();

    /// <summary>The cell of <paramref name="column"/> in row <paramref name="row"/> (0 = header), or null when absent.</summary>
    public WorkbookCell? Cell(int row, string column)
    {
        var letters = Rows[0][Header.IndexOf(column)].Reference.TrimEnd("0123456789".ToCharArray());
        return Rows[row].SingleOrDefault(c => c.Reference == letters + (row + 1));
    }
}

internal sealed record WorkbookCell(string Reference, bool IsInlineString, bool IsNumber, bool HasFormula, string Text, uint Style)
{
    public static WorkbookCell From(Cell cell) => new(
        cell.CellReference!.Value!,
        cell.DataType?.Value == CellValues.InlineString,
        cell.DataType is null && cell.CellValue is not null,
        cell.CellFormula is not null,
        cell.DataType?.Value == CellValues.InlineString ? WorkbookContent.Decode(cell.InlineString!.InnerText) : cell.CellValue?.Text ?? "",
        cell.StyleIndex?.Value ?? 0);
}
