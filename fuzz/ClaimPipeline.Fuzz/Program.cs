using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Xml;
using ClaimPipeline.Cli.Config;
using ClaimPipeline.Cli.Input;
using ClaimPipeline.Cli.Output;
using ClaimPipeline.Nlp.Text;
using CsvHelper;
using SharpFuzz;

// The whole extract path, as AFL++ drives it: the input bytes are standard input to `claims extract -`, so an input
// that starts with '{' is a JSONL stream (one article a line, with ids, dates and escapes) and any other a .txt
// article; ArticleReader reads it as the command does (strict UTF-8, size limit, JSON errors as items), the
// pipeline runs every stage on each article, and the rows go through all three writers, each read back:
// the CSV (every cell, after removing the formula escape, is the row's value), the JSONL (every line parses and
// holds the claim) and the xlsx (a zip whose sheet is well-formed XML). An exception is a crash; a run that does
// not finish is a hang. The pipeline's assemblies are instrumented: their code may run only inside Fuzzer.Run,
// where the coverage map exists, so the config loads on the first input (once per fuzzing process).
var configPath = args.Length > 0 ? args[0] : "pipeline.json";
PipelineConfig? config = null;
Fuzzer.OutOfProcess.Run(stream =>
{
    config ??= PipelineConfigLoader.Load(configPath);
    var columns = ClaimColumns.All;
    var reader = new ArticleReader(config.Read.MaxArticleBytes, null, () => stream);
    foreach (var item in reader.Read(["-"]))
    {
        if (item.Article is not { } article) continue;
        var text = article.Text;
        var document = new Document(article.Id, text) { Published = article.Published };
        config.Pipeline.Process(document, CancellationToken.None);
        var rows = ClaimRowBuilder.Build(document, article);
        foreach (var row in rows)
            if (row.Start < 0 || row.End > text.Length || row.Start > row.End || text[row.Start..row.End] != row.Claim)
                throw new InvalidOperationException($"row {row.ClaimId} does not point at its text");
        CheckCsv(rows, columns);
        CheckJsonl(rows, columns);
        CheckXlsx(rows, columns);
    }
});

static void CheckCsv(List<ClaimRow> rows, IReadOnlyList<string> columns)
{
    var buffer = new MemoryStream();
    using (var csv = new CsvClaimWriter(buffer, columns)) csv.Write(rows);
    using var back = CsvReader.FromText(Encoding.UTF8.GetString(buffer.ToArray()));
    int index = 0; // the reader takes the first line as the header
    foreach (var record in back)
    {
        if (index >= rows.Count) throw new InvalidOperationException($"CSV has more rows than the {rows.Count} claims");
        for (int c = 0; c < columns.Count; c++)
                if (FormulaEscape.Unescape(record.GetString(c)) != (rows[index].Cell(columns[c]) ?? ""))
                    throw new InvalidOperationException($"CSV row {index} column {columns[c]} does not read back");
        index++;
    }
    if (index != rows.Count) throw new InvalidOperationException($"CSV has {index} rows for {rows.Count} claims");
}

static void CheckJsonl(List<ClaimRow> rows, IReadOnlyList<string> columns)
{
    var buffer = new MemoryStream();
    using (var jsonl = new JsonlClaimWriter(buffer, columns)) jsonl.Write(rows);
    var lines = Encoding.UTF8.GetString(buffer.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    if (lines.Length != rows.Count) throw new InvalidOperationException($"JSONL has {lines.Length} lines for {rows.Count} claims");
    for (int i = 0; i < lines.Length; i++)
    {
        using var json = JsonDocument.Parse(lines[i]);
        if (json.RootElement.GetProperty("claim").GetString() != rows[i].Claim)
            throw new InvalidOperationException($"JSONL line {i} does not hold its claim");
    }
}

static void CheckXlsx(List<ClaimRow> rows, IReadOnlyList<string> columns)
{
    var buffer = new MemoryStream();
    using (var xlsx = new XlsxClaimWriter(buffer, columns)) xlsx.Write(rows);
    buffer.Position = 0;
    using var zip = new ZipArchive(buffer, ZipArchiveMode.Read);
    foreach (var entry in zip.Entries)
    {
        if (!entry.FullName.EndsWith(".xml", StringComparison.Ordinal)) continue;
        using var xml = XmlReader.Create(entry.Open());
        while (xml.Read()) { } // throws on XML that is not well-formed, e.g. a control character written raw
    }
}
