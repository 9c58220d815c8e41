using CsvHelper;

namespace ClaimPipeline.Cli.Output;

/// <summary>
/// CSV through CsvHelper: RFC 4180 quoting, UTF-8 without BOM, a header row, "\n" line ends. A cell that starts
/// with = + - @, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows it as text and never
/// runs it as a formula. The `change` column is the exception: its values are a fixed vocabulary (= ~ &gt; &lt; up
/// down), and a lone "=" is no formula. Quantities are never negative, so no number is touched.
/// </summary>
public sealed class CsvClaimWriter : IClaimWriter
{
    private readonly CsvWriter _csv;
    private readonly IReadOnlyList<string> _columns;

    public CsvClaimWriter(Stream output, IReadOnlyList<string> columns)
    {
        _columns = columns;
        var options = CsvWriterOptions.Default with { NewLine = "\n", Injection = CsvInjection.None };
        _csv = CsvWriter.Create(output, options, leaveOpen: true);
        _csv.WriteHeader(columns.ToArray());
        _csv.Flush();
    }

    public void Write(IReadOnlyList<ClaimRow> rows)
    {
        foreach (var row in rows)
        {
            foreach (var column in _columns) _csv.WriteField(column == "change" ? row.Cell(column) : Neutralised(row.Cell(column)));
            _csv.EndRecord();
        }
        _csv.Flush();
    }

    /// <summary>A leading apostrophe before = + - @, a tab or a carriage return, as spreadsheets expect.</summary>
    public static string? Neutralised(string? cell) =>
        cell is { Length: > 0 } && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;

    public void Dispose() => _csv.Dispose();
}
