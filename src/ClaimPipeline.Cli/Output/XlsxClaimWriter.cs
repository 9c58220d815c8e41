using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ClaimPipeline.Cli.Output;

/// <summary>
/// A workbook (.xlsx) written as rows come: the zip is our own <see cref="ZipArchive"/> in create mode, which
/// streams to any stream (stdout too), and each sheet is written element by element with the Open XML SDK's
/// <see cref="OpenXmlWriter"/>, so memory does not grow with the rows (the SDK's package would hold every part in
/// memory until saved, and needs a seekable stream). Text is in inline strings (`t="inlineStr"`: shared strings
/// would keep every string in memory), exactly as extracted: a typed text cell is never read as a number, a date
/// or a formula, so it needs no escape. Number columns are number cells. The header row is bold, frozen and has
/// an autofilter; column widths follow each column's kind. Past Excel's 1,048,576 rows a sheet goes on in
/// another ("claims 2", …) with its own header.
/// </summary>
public sealed class XlsxClaimWriter : IClaimWriter
{
    public const int MaxRowsPerSheet = 1_048_576;

    private static readonly Row RowElement = new();
    private static readonly Cell CellElement = new();
    private static readonly InlineString InlineStringElement = new();
    private static readonly Text TextElement = new();
    private static readonly CellValue ValueElement = new();

    private readonly ZipArchive _zip;
    private readonly string[] _columns;
    private readonly bool[] _numeric;
    private readonly string[] _letters;
    private readonly int _rowsPerSheet;
    private readonly List<(string Name, string FilterRange)> _sheets = [];
    private readonly OpenXmlAttribute[] _rowAttributes = new OpenXmlAttribute[1];
    private readonly OpenXmlAttribute[] _textCellAttributes = new OpenXmlAttribute[2];
    private readonly OpenXmlAttribute[] _headerCellAttributes = new OpenXmlAttribute[3];
    private readonly OpenXmlAttribute[] _numberCellAttributes = new OpenXmlAttribute[1];
    private static readonly OpenXmlAttribute[] PreserveSpace = [new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")];
    private Stream? _sheetStream;
    private OpenXmlWriter? _sheet;
    private int _row;
    private bool _failed;

    /// <param name="rowsPerSheet">Rows a sheet holds, its header included; fewer than Excel's only in tests.</param>
    public XlsxClaimWriter(Stream output, IReadOnlyList<string> columns, int rowsPerSheet = MaxRowsPerSheet)
    {
        if (rowsPerSheet < 2) throw new ArgumentOutOfRangeException(nameof(rowsPerSheet));
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, XlsxParts.Utf8);
        _columns = columns.ToArray();
        _rowsPerSheet = rowsPerSheet;
        _numeric = new bool[_columns.Length];
        _letters = new string[_columns.Length];
        for (int i = 0; i < _columns.Length; i++)
        {
            _numeric[i] = ClaimColumns.KindOf(_columns[i]) == ColumnKind.Number;
            _letters[i] = ColumnLetters(i);
        }
        _textCellAttributes[1] = new OpenXmlAttribute("t", "", "inlineStr");
        _headerCellAttributes[1] = _textCellAttributes[1];
        _headerCellAttributes[2] = new OpenXmlAttribute("s", "", XlsxParts.HeaderStyle.ToString(CultureInfo.InvariantCulture));
        StartSheet();
    }

    public void Write(IReadOnlyList<ClaimRow> rows)
    {
        try
        {
            WriteRows(rows);
        }
        catch
        {
            // The zip and sheet writers are mid-element over a stream that failed (a full disk, a closed pipe):
            // finishing them would only fail again and hide the first error.
            _failed = true;
            throw;
        }
    }

    private void WriteRows(IReadOnlyList<ClaimRow> rows)
    {
        foreach (var row in rows)
        {
            if (_row == _rowsPerSheet)
            {
                EndSheet();
                StartSheet();
            }
            var sheet = _sheet!;
            var number = StartRow(sheet);
            for (int i = 0; i < _columns.Length; i++)
            {
                var cell = row.Cell(_columns[i]);
                if (cell is null) continue;
                var reference = _letters[i] + number;
                // Numbers come as plain invariant text (InvariantNumber); "NaN" or "Infinity" cannot be a number cell.
                if (_numeric[i] && cell.Length > 0 && char.IsAsciiDigit(cell[^1]))
                    WriteNumberCell(sheet, reference, cell);
                else if (cell.Length > 0)
                    WriteTextCell(sheet, reference, cell, _textCellAttributes);
            }
            sheet.WriteEndElement();
        }
        _sheetStream!.Flush();
    }

    /// <summary>Completes the workbook, unless a write failed: then nothing more is written.</summary>
    public void Dispose()
    {
        if (_sheet is null || _failed) return;
        _failed = true; // a failure while completing it must not be followed by a second attempt
        EndSheet();
        XlsxParts.WriteAll(_zip, _sheets);
        _zip.Dispose();
    }

    private void StartSheet()
    {
        int number = _sheets.Count + 1;
        _sheetStream = XlsxParts.CreateEntry(_zip, XlsxParts.SheetPath(number)).Open();
        var sheet = _sheet = OpenXmlWriter.Create(_sheetStream, XlsxParts.Utf8);
        sheet.WriteStartDocument(true);
        sheet.WriteStartElement(new Worksheet());
        sheet.WriteElement(FrozenHeader());
        sheet.WriteElement(ColumnWidths());
        sheet.WriteStartElement(new SheetData());
        _row = 0;
        StartRow(sheet);
        for (int i = 0; i < _columns.Length; i++)
            WriteTextCell(sheet, _letters[i] + "1", _columns[i], _headerCellAttributes);
        sheet.WriteEndElement();
        _sheets.Add((number == 1 ? "claims" : $"claims {number}", ""));
    }

    private void EndSheet()
    {
        var sheet = _sheet!;
        sheet.WriteEndElement(); // sheetData
        var range = $"A1:{_letters[^1]}{_row}";
        sheet.WriteElement(new AutoFilter { Reference = range });
        sheet.WriteEndElement(); // worksheet
        sheet.Close();
        _sheetStream!.Dispose();
        _sheets[^1] = (_sheets[^1].Name, $"$A$1:${_letters[^1]}${_row}");
        _sheet = null;
    }

    private string StartRow(OpenXmlWriter sheet)
    {
        var number = (++_row).ToString(CultureInfo.InvariantCulture);
        _rowAttributes[0] = new OpenXmlAttribute("r", "", number);
        sheet.WriteStartElement(RowElement, _rowAttributes);
        return number;
    }

    private static void WriteTextCell(OpenXmlWriter sheet, string reference, string text, OpenXmlAttribute[] attributes)
    {
        attributes[0] = new OpenXmlAttribute("r", "", reference);
        sheet.WriteStartElement(CellElement, attributes);
        sheet.WriteStartElement(InlineStringElement);
        // XML drops leading and trailing white space unless told to keep it.
        bool keepSpace = char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]);
        if (keepSpace) sheet.WriteStartElement(TextElement, PreserveSpace);
        else sheet.WriteStartElement(TextElement);
        sheet.WriteString(XlsxText.Encode(text));
        sheet.WriteEndElement();
        sheet.WriteEndElement();
        sheet.WriteEndElement();
    }

    private void WriteNumberCell(OpenXmlWriter sheet, string reference, string number)
    {
        _numberCellAttributes[0] = new OpenXmlAttribute("r", "", reference);
        sheet.WriteStartElement(CellElement, _numberCellAttributes);
        sheet.WriteStartElement(ValueElement);
        sheet.WriteString(number);
        sheet.WriteEndElement();
        sheet.WriteEndElement();
    }

    /// <summary>The header row stays in view while scrolling.</summary>
    private static SheetViews FrozenHeader() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
    {
        TabSelected = true, WorkbookViewId = 0,
    });

    private Columns ColumnWidths()
    {
        var columns = new Columns();
        for (int i = 0; i < _columns.Length; i++)
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = Width(ClaimColumns.KindOf(_columns[i])), CustomWidth = true });
        return columns;
    }

    /// <summary>Width in characters, fixed per kind: measuring cells would need every row before the first is written.</summary>
    public static double Width(ColumnKind kind) => kind switch
    {
        ColumnKind.Id => 15,
        ColumnKind.Code => 9,
        ColumnKind.Number => 11,
        ColumnKind.Date => 11,
        ColumnKind.Name => 22,
        ColumnKind.Link => 30,
        ColumnKind.Text => 50,
        _ => 90,
    };

    /// <summary>A, B, …, Z, AA, AB, … for a zero-based column index.</summary>
    private static string ColumnLetters(int index)
    {
        var letters = "";
        for (int n = index + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }
}
