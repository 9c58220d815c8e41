using Parquet;
using Parquet.Schema;

namespace ClaimPipeline.Cli.Output;

/// <summary>
/// Parquet, the format Spark, Dask, DuckDB and pandas read natively (Parquet.Net, MIT): one typed column per
/// configured column (offsets as integers, quantities and confidence as doubles, the rest as strings; missing values
/// null). Rows are buffered and written as a row group every <paramref name="rowGroupRows"/> rows, so memory stays
/// flat however many articles pass through; the footer is written when the writer is disposed. Parquet.Net writes
/// forward only, so a pipe works as well as a file.
/// </summary>
public sealed class ParquetClaimWriter : IClaimWriter
{
    /// <summary>Rows per row group: about 5 MB of claims with their sentences, enough for compression and fast scans.</summary>
    public const int DefaultRowGroupRows = 10_000;

    private readonly int _rowGroupRows;
    private readonly IReadOnlyList<string> _columns;
    private readonly ParquetSchema _schema;
    private readonly ParquetWriter _writer;
    private readonly List<ClaimRow> _buffer = [];

    public ParquetClaimWriter(Stream output, IReadOnlyList<string> columns, int rowGroupRows = DefaultRowGroupRows)
    {
        _rowGroupRows = rowGroupRows;
        _columns = columns;
        _schema = new ParquetSchema(columns.Select(FieldOf).ToArray());
        _writer = ParquetWriter.CreateAsync(_schema, output).GetAwaiter().GetResult();
    }

    private static DataField FieldOf(string column) => column switch
    {
        "start" or "end" => new DataField<int>(column),
        "speaker_start" or "speaker_end" or "cluster_size" or "cue_start" or "cue_end" => new DataField<int?>(column),
        "quantity" or "quantity_high" or "confidence" => new DataField<double?>(column),
        _ => new DataField<string>(column, true),
    };

    public void Write(IReadOnlyList<ClaimRow> rows)
    {
        _buffer.AddRange(rows);
        if (_buffer.Count >= _rowGroupRows) Flush();
    }

    private void Flush()
    {
        if (_buffer.Count == 0) return;
        using (var group = _writer.CreateRowGroup())
        {
            for (int c = 0; c < _columns.Count; c++) WriteColumn(group, _schema.DataFields[c], _columns[c]);
        }
        _buffer.Clear();
    }

    private void WriteColumn(ParquetRowGroupWriter group, DataField field, string column)
    {
        var write = column switch
        {
            "start" => group.WriteAsync<int>(field, _buffer.Select(r => r.Start).ToArray()),
            "end" => group.WriteAsync<int>(field, _buffer.Select(r => r.End).ToArray()),
            "speaker_start" => group.WriteAsync<int>(field, _buffer.Select(r => r.SpeakerStart).ToArray()),
            "speaker_end" => group.WriteAsync<int>(field, _buffer.Select(r => r.SpeakerEnd).ToArray()),
            "cluster_size" => group.WriteAsync<int>(field, _buffer.Select(r => r.ClusterSize).ToArray()),
            "cue_start" => group.WriteAsync<int>(field, _buffer.Select(r => r.CueStart).ToArray()),
            "cue_end" => group.WriteAsync<int>(field, _buffer.Select(r => r.CueEnd).ToArray()),
            "quantity" => group.WriteAsync<double>(field, _buffer.Select(r => r.Quantity).ToArray()),
            "quantity_high" => group.WriteAsync<double>(field, _buffer.Select(r => r.QuantityHigh).ToArray()),
            "confidence" => group.WriteAsync<double>(field, _buffer.Select(r => (double?)Math.Round(r.Confidence, 3)).ToArray()),
            _ => group.WriteAsync(field, _buffer.Select(r => r.Cell(column)).ToArray()),
        };
        write.GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        Flush();
        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
