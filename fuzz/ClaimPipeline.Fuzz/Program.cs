using System.Text;
using ClaimPipeline.Cli.Config;
using ClaimPipeline.Cli.Input;
using ClaimPipeline.Cli.Output;
using ClaimPipeline.Nlp.Text;
using SharpFuzz;

// The whole extract path on one article, as AFL++ drives it: the input bytes are a .txt article (decoded strictly,
// as `claims extract` does), the pipeline runs every stage, and the rows are written as CSV and JSONL. An exception
// is a crash; a run that does not finish is a hang.
// The pipeline's assemblies are instrumented: their code may run only inside Fuzzer.Run, where the coverage map
// exists, so the config loads on the first input (once per fuzzing process).
var configPath = args.Length > 0 ? args[0] : "pipeline.json";
PipelineConfig? config = null;
Fuzzer.OutOfProcess.Run(stream =>
{
    config ??= PipelineConfigLoader.Load(configPath);
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    if (!StrictUtf8.TryDecode(buffer.ToArray(), out var text, out _) || string.IsNullOrWhiteSpace(text)) return;
    var document = new Document("fuzz", text);
    config.Pipeline.Process(document, CancellationToken.None);
    var rows = ClaimRowBuilder.Build(document);
    foreach (var row in rows)
        if (row.Start < 0 || row.End > text.Length || row.Start > row.End || text[row.Start..row.End] != row.Claim)
            throw new InvalidOperationException($"row {row.ClaimId} does not point at its text");
    using (var csv = new CsvClaimWriter(Stream.Null, config.Write.Columns)) csv.Write(rows);
    using (var jsonl = new JsonlClaimWriter(Stream.Null, config.Write.Columns)) jsonl.Write(rows);
});
