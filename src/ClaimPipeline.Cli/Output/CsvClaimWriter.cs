using CsvHelper;

namespace ClaimPipeline.Cli.Output;

/// <summary>
/// CSV through CsvHelper: RFC 4180 quoting, UTF-8 without BOM, a header row, "\n" line ends. A cell that starts
/// with = + - @, a tab or a carriage return gets a leading apostrophe (CsvHelper's injection escape), so a
/// spreadsheet shows it as text and never runs it as a formula. Quantities are never negative, so no number is touched.
/// </summary>
public sealed class CsvClaimWriter : IClaimWriter
{
    private readonly CsvWriter _csv;
    private readonly IReadOnlyList<string> _columns;

    public CsvClaimWriter(Stream output, IReadOnlyList<string> columns)
    {
        _columns = columns;
        var options = CsvWriterOptions.Default with { NewLine = "\n", Injection = CsvInjection.Escape };
        _csv = CsvWriter.Create(output, options, leaveOpen: true);
        _csv.WriteHeader(columns.ToArray());
        _csv.Flush();
    }

    public void Write(IReadOnlyList<ClaimRow> rows)
    {
        foreach (var row in rows)
        {
            foreach (var column in _columns) _csv.WriteField(row.Cell(column));
            _csv.EndRecord();
        }
        _csv.Flush();
    }

    public void Dispose() => _csv.Dispose();
}
