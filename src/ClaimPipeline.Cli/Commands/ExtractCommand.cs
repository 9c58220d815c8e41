using ClaimPipeline.Cli.Config;
using ClaimPipeline.Cli.Input;
using ClaimPipeline.Cli.Output;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// `claims extract`: reads the articles, runs the pipeline on each and writes their claims in input order.
/// A bad input is reported on stderr with its file and line and skipped; the exit code is then 1.
/// </summary>
public static class ExtractCommand
{
    public static int Run(ExtractSettings settings, CliConsole console, CancellationToken cancellationToken)
    {
        if (ConfigForCommand.TryLoad(settings.ConfigPath, loadModels: true, console) is not { } config) return ExitCodes.Usage;

        AtomicFile? file = null;
        if (settings.Output is not null)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(settings.Output));
            if (directory is null || !Directory.Exists(directory))
            {
                console.Error.WriteLine($"claims: error: {settings.Output}: the output folder does not exist");
                return ExitCodes.Usage;
            }
            try
            {
                file = new AtomicFile(settings.Output);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"claims: error: {settings.Output}: cannot write: {e.Message}");
                return ExitCodes.Usage;
            }
        }

        using (file)
        {
            var output = file?.Stream ?? console.Out;
            int failed;
            using (var writer = CreateWriter(settings.Format, output, config.Write.Columns))
            {
                failed = ProcessAll(settings, config, writer, console, cancellationToken);
            }
            output.Flush();
            file?.Commit();
            return failed > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
        }
    }

    private static IClaimWriter CreateWriter(string format, Stream output, IReadOnlyList<string> columns) => format switch
    {
        "jsonl" => new JsonlClaimWriter(output, columns),
        _ => new CsvClaimWriter(output, columns),
    };

    private static int ProcessAll(ExtractSettings settings, PipelineConfig config, IClaimWriter writer, CliConsole console,
        CancellationToken cancellationToken)
    {
        var reader = new ArticleReader(config.Read.MaxArticleBytes, settings.Published, console.OpenIn);
        int failed = 0, articles = 0, claims = 0;
        foreach (var item in reader.Read(settings.Paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Warning is not null) console.Error.WriteLine($"claims: warning: {item.Warning}");
            if (item.Article is not { } article)
            {
                console.Error.WriteLine($"claims: error: {item.Error}");
                failed++;
                continue;
            }
            var document = new Document(article.Id, article.Text) { Published = article.Published };
            List<ClaimRow> rows;
            try
            {
                config.Pipeline.Process(document, cancellationToken);
                rows = ClaimRowBuilder.Build(document);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                console.Error.WriteLine($"claims: error: {article.Origin}: the pipeline failed on this article: {e.GetType().Name}: {e.Message}");
                failed++;
                continue;
            }
            writer.Write(rows);
            articles++;
            claims += rows.Count;
            if (console.ErrorIsTerminal) console.Error.Write($"\rclaims: {articles} articles, {claims} claims");
        }
        if (console.ErrorIsTerminal) console.Error.WriteLine();
        return failed;
    }
}
