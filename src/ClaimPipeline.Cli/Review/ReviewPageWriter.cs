using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ClaimPipeline.Cli.Input;
using ClaimPipeline.Cli.Output;

namespace ClaimPipeline.Cli.Review;

/// <summary>
/// `claims review`: one self-contained HTML page of the batch (the articles' text, the same rows `extract` writes,
/// the page's own style and script), written when the writer is disposed, since the page holds the whole batch.
/// The page loads nothing: its Content-Security-Policy allows no fetch at all and only its own style and script, by
/// hash. The data sits in a JSON script block whose encoder escapes every character HTML could read as markup, and
/// the script puts text on the page only as text.
/// </summary>
public sealed class ReviewPageWriter : IArticleClaimWriter
{
    private readonly Stream _output;
    private readonly string _title;
    private readonly List<(Article Article, IReadOnlyList<ClaimRow> Rows)> _articles = [];

    public ReviewPageWriter(Stream output, string title)
    {
        _output = output;
        _title = title;
    }

    public void Write(Article article, IReadOnlyList<ClaimRow> rows) => _articles.Add((article, rows));

    /// <summary>Rows without their article cannot be shown in context; the command always passes the article.</summary>
    public void Write(IReadOnlyList<ClaimRow> rows) =>
        throw new InvalidOperationException("the review page needs each article's text with its rows");

    public void Dispose()
    {
        var template = ReviewPageAssets.Read("review.html");
        var style = ReviewPageAssets.Read("review.css");
        var script = ReviewPageAssets.Read("review.js");
        var csp = $"default-src 'none'; style-src '{Hash(style)}'; script-src '{Hash(script)}'; img-src data:; base-uri 'none'; form-action 'none'";
        int data = template.IndexOf("{{DATA}}", StringComparison.Ordinal);
        var head = template[..data].Replace("{{CSP}}", csp).Replace("{{TITLE}}", HtmlEncoder.Default.Encode(_title)).Replace("{{STYLE}}", style);
        var tail = template[(data + "{{DATA}}".Length)..].Replace("{{SCRIPT}}", script);
        var utf8 = new UTF8Encoding(false);
        _output.Write(utf8.GetBytes(head));
        WriteData();
        _output.Write(utf8.GetBytes(tail));
        _output.Flush();
    }

    private static string Hash(string content) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The columns the page shows for a claim; article metadata and the evidence sentence come from the article.</summary>
    private static readonly string[] Columns = ClaimColumns.All
        .Where(c => c is not ("article_id" or "sentence" or "title" or "url" or "published" or "source")).ToArray();

    private void WriteData()
    {
        using var json = new Utf8JsonWriter(_output, JsonOptions);
        json.WriteStartObject();
        json.WriteString("title", _title);
        json.WriteString("key", BatchKey());
        json.WriteStartArray("articles");
        foreach (var (article, _) in _articles)
        {
            json.WriteStartObject();
            json.WriteString("id", article.Id);
            WriteOptional(json, "title", article.Title);
            WriteOptional(json, "url", article.Url);
            WriteOptional(json, "source", article.Source);
            WriteOptional(json, "published", article.Published?.ToString("yyyy-MM-dd"));
            json.WriteString("text", article.Text);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("claims");
        for (int a = 0; a < _articles.Count; a++)
            foreach (var row in _articles[a].Rows)
            {
                json.WriteStartObject();
                json.WriteNumber("a", a);
                foreach (var column in Columns) WriteCell(json, row, column);
                json.WriteEndObject();
            }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    private static void WriteCell(Utf8JsonWriter json, ClaimRow row, string column)
    {
        if (column == "confidence") { json.WriteNumber(column, Math.Round(row.Confidence, 3)); return; }
        if (row.Cell(column) is not { } text) return;
        if (ClaimColumns.KindOf(column) == ColumnKind.Number) json.WriteNumber(column, double.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
        else json.WriteString(column, text);
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }

    /// <summary>Names this batch's verdicts in the browser's storage: the same articles give the same key.</summary>
    private string BatchKey()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (article, rows) in _articles)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(article.Id + "\n"));
            foreach (var row in rows) hash.AppendData(Encoding.UTF8.GetBytes(row.ClaimId));
        }
        return Convert.ToHexString(hash.GetHashAndReset())[..16].ToLowerInvariant();
    }
}
