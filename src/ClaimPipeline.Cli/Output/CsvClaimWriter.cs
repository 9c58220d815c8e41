using CsvHelper;

namespace ClaimPipeline.Cli.Output;

/// <summary>
/// CSV through CsvHelper: RFC 4180 quoting, UTF-8 (with a BOM first when asked: Excel then reads it as UTF-8),
/// a header row, "\n" line ends. Text cells go through <see cref="FormulaEscape"/>; number columns never do, so a
/// negative quantity stays a number.
/// </summary>
public sealed class CsvClaimWriter : IClaimWriter
{
    private readonly CsvWriter _csv;
    private readonly string[] _columns;
    private readonly bool[] _escaped;

    public CsvClaimWriter(Stream output, IReadOnlyList<string> columns, bool byteOrderMark = false)
    {
        _columns = columns.ToArray();
        _escaped = new bool[_columns.Length];
        for (int i = 0; i < _columns.Length; i++) _escaped[i] = ClaimColumns.KindOf(_columns[i]) != ColumnKind.Number;
        if (byteOrderMark) output.Write([0xEF, 0xBB, 0xBF]);
        var options = CsvWriterOptions.Default with { NewLine = "\n", Injection = CsvInjection.None };
        _csv = CsvWriter.Create(output, options, leaveOpen: true);
        _csv.WriteHeader(_columns);
        _csv.Flush();
    }

    public void Write(IReadOnlyList<ClaimRow> rows)
    {
        foreach (var row in rows)
        {
            for (int i = 0; i < _columns.Length; i++)
            {
                var cell = row.Cell(_columns[i]);
                _csv.WriteField(_escaped[i] ? FormulaEscape.Escape(cell) : cell);
            }
            _csv.EndRecord();
        }
        _csv.Flush();
    }

    public void Dispose() => _csv.Dispose();
}
