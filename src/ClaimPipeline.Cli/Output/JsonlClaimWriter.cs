using System.Text.Encodings.Web;
using System.Text.Json;

namespace ClaimPipeline.Cli.Output;

/// <summary>One JSON object a line with the configured columns as keys; numbers as JSON numbers, missing values as null.</summary>
public sealed class JsonlClaimWriter(Stream output, IReadOnlyList<string> columns) : IClaimWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };

    private readonly Utf8JsonWriter _json = new(output, Options);

    public void Write(IReadOnlyList<ClaimRow> rows)
    {
        foreach (var row in rows)
        {
            _json.Reset();
            _json.WriteStartObject();
            foreach (var column in columns) WriteColumn(row, column);
            _json.WriteEndObject();
            _json.Flush();
            output.WriteByte((byte)'\n');
        }
        output.Flush();
    }

    /// <summary>One error record, {"article_id", "error"}, for an article that could not be processed (--errors inline).</summary>
    public void WriteError(string? articleId, string error)
    {
        _json.Reset();
        _json.WriteStartObject();
        if (articleId is null) _json.WriteNull("article_id");
        else _json.WriteString("article_id", articleId);
        _json.WriteString("error", error);
        _json.WriteEndObject();
        _json.Flush();
        output.WriteByte((byte)'\n');
        output.Flush();
    }

    private void WriteColumn(ClaimRow row, string column)
    {
        switch (column)
        {
            case "quantity": WriteNumber(column, row.Quantity); break;
            case "quantity_high": WriteNumber(column, row.QuantityHigh); break;
            case "start": _json.WriteNumber(column, row.Start); break;
            case "end": _json.WriteNumber(column, row.End); break;
            case "speaker_start": WriteNumber(column, row.SpeakerStart); break;
            case "speaker_end": WriteNumber(column, row.SpeakerEnd); break;
            case "cluster_size": WriteNumber(column, row.ClusterSize); break;
            case "confidence": _json.WriteNumber(column, Math.Round(row.Confidence, 3)); break;
            default: _json.WriteString(column, row.Cell(column)); break;
        }
    }

    private void WriteNumber(string column, double? value)
    {
        if (value is { } v) _json.WriteNumber(column, v);
        else _json.WriteNull(column);
    }

    public void Dispose() => _json.Dispose();
}
