using ClaimPipeline.Cli.Config;
using ClaimPipeline.Cli.Input;
using ClaimPipeline.Cli.Output;
using ClaimPipeline.Nlp.Text;
using SharpFuzz;

// The whole extract path, as AFL++ drives it: the input bytes are standard input to `claims extract -`, so an input
// that starts with '{' is a JSONL stream (one article a line, with ids, dates and escapes) and any other a .txt
// article; ArticleReader reads it as the command does (strict UTF-8, size limit, JSON errors as items), the
// pipeline runs every stage on each article, and the rows are written as CSV and JSONL. An exception is a crash
// (the reader must turn every bad input into an error item); a run that does not finish is a hang.
// The pipeline's assemblies are instrumented: their code may run only inside Fuzzer.Run, where the coverage map
// exists, so the config loads on the first input (once per fuzzing process).
var configPath = args.Length > 0 ? args[0] : "pipeline.json";
PipelineConfig? config = null;
Fuzzer.OutOfProcess.Run(stream =>
{
    config ??= PipelineConfigLoader.Load(configPath);
    var reader = new ArticleReader(config.Read.MaxArticleBytes, null, () => stream);
    foreach (var item in reader.Read(["-"]))
    {
        if (item.Article is not { } article) continue;
        var text = article.Text;
        var document = new Document(article.Id, text) { Published = article.Published };
        config.Pipeline.Process(document, CancellationToken.None);
        var rows = ClaimRowBuilder.Build(document);
        foreach (var row in rows)
            if (row.Start < 0 || row.End > text.Length || row.Start > row.End || text[row.Start..row.End] != row.Claim)
                throw new InvalidOperationException($"row {row.ClaimId} does not point at its text");
        using (var csv = new CsvClaimWriter(Stream.Null, config.Write.Columns)) csv.Write(rows);
        using (var jsonl = new JsonlClaimWriter(Stream.Null, config.Write.Columns)) jsonl.Write(rows);
    }
});
