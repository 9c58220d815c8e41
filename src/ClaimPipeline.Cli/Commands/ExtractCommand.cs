using ClaimPipeline.Cli.Config;
using ClaimPipeline.Cli.Input;
using ClaimPipeline.Cli.Output;
using ClaimPipeline.Cli.Review;
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

        OutputTarget output;
        try
        {
            output = OutputTarget.Open(settings.Output, settings.Paths, console.Out, cancellationToken);
        }
        catch (OutputTargetException e)
        {
            console.Error.WriteLine($"claims: error: {e.Message}");
            return ExitCodes.Usage;
        }

        if (settings.Format == "xlsx" && output.IsTerminal)
        {
            output.Dispose();
            console.Error.WriteLine($"claims: error: {settings.Output}: is a terminal; --format xlsx writes a binary workbook: give -o FILE.xlsx");
            return ExitCodes.Usage;
        }

        // A write error (OutputWriteException) leaves through here: disposing deletes a temporary file, and
        // CommandLine reports it.
        using (output)
        {
            int failed, written;
            using (var writer = CreateWriter(settings, output.Stream, config))
            {
                (failed, written) = ProcessAll(settings, config, writer, console, cancellationToken);
            }
            // A run in which every input failed must not replace yesterday's file with an empty one.
            if (written == 0 && failed > 0 && output.Unchanged is { } unchanged)
            {
                console.Error.WriteLine($"claims: error: {settings.Output}: no article could be processed, so {unchanged}");
                return ExitCodes.InputFailed;
            }
            // A shard's output says "done" by existing: published only complete, so that a rerun retries the rest.
            if (settings.Shard && failed > 0)
            {
                console.Error.WriteLine($"claims: error: {settings.Output}: not published: {failed} input(s) of the shard failed (--errors inline writes them as records instead)");
                return ExitCodes.InputFailed;
            }
            output.Commit();
            return failed > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
        }
    }

    /// <summary>The writer for --format, with --columns or else the write stage's columns.</summary>
    private static IClaimWriter CreateWriter(ExtractSettings settings, Stream output, PipelineConfig config)
    {
        var columns = settings.Columns ?? config.Write.Columns;
        if (settings.Corroborate) columns = [.. columns, .. ClaimColumns.Corroboration.Where(c => !columns.Contains(c))];
        return settings.Format switch
        {
            "jsonl" => new JsonlClaimWriter(output, columns),
            "xlsx" => new XlsxClaimWriter(output, columns),
            "parquet" => new ParquetClaimWriter(output, columns),
            "html" => new ReviewPageWriter(output, settings.Title ?? ReviewTitle(settings.Paths)),
            _ => new CsvClaimWriter(output, columns, settings.ByteOrderMark),
        };
    }

    /// <summary>Writes every article's rows; returns how many inputs failed and how many articles were written.</summary>
    private static (int Failed, int Written) ProcessAll(ExtractSettings settings, PipelineConfig config, IClaimWriter writer, CliConsole console,
        CancellationToken cancellationToken)
    {
        if (console.InIsTerminal && settings.Paths.Contains("-")) console.Error.WriteLine("claims: reading articles from standard input (end with Ctrl-D)…");
        var reader = new ArticleReader(config.Read.MaxArticleBytes, settings.Published, console.OpenIn);
        var filter = new ClaimRowFilter(settings.Kinds, settings.MinConfidence);
        int failed = 0, articles = 0, claims = 0;
        // --corroborate compares claims across articles, so every article's rows wait for the last one.
        var held = settings.Corroborate ? new List<(Article Article, List<ClaimRow> Rows)>() : null;
        // Articles are read on one thread, processed on several and written here, in input order; a few per thread
        // are in flight, which keeps every core busy and memory flat.
        var results = OrderedParallel.Map(reader.Read(settings.Paths), item => Process(item, config, filter, cancellationToken),
            settings.Threads, capacity: 4 * settings.Threads, cancellationToken);
        foreach (var result in results)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (result.Warning is not null) console.Error.WriteLine($"claims: warning: {result.Warning}");
            if (result.Rows is null && result.Error is null) continue; // an input skipped with a warning only
            if (result.Rows is not { } rows)
            {
                console.Error.WriteLine($"claims: error: {result.Error}");
                if (settings.InlineErrors && writer is JsonlClaimWriter jsonl)
                {
                    // In its place in the stream, and no failure of the run: a retry would fail on it again.
                    jsonl.WriteError(result.ArticleId, result.Error!);
                    continue;
                }
                failed++;
                continue;
            }
            if (held is not null) held.Add((result.Article!, rows));
            else Write(writer, result.Article!, rows);
            articles++;
            claims += rows.Count;
            if (console.ErrorIsTerminal) console.Error.Write($"\rclaims: {Count(articles, "article")}, {Count(claims, "claim")}");
        }
        if (console.ErrorIsTerminal) console.Error.WriteLine();
        if (held is not null)
        {
            var clustered = Corroboration.Assign(held.Select(h => h.Rows).ToList());
            for (int i = 0; i < clustered.Count; i++) Write(writer, held[i].Article, clustered[i]);
        }
        return (failed, articles);
    }

    private static void Write(IClaimWriter writer, Article article, List<ClaimRow> rows)
    {
        if (writer is IArticleClaimWriter withText) withText.Write(article, rows);
        else writer.Write(rows);
    }

    /// <summary>One input's rows, or the error that stopped it; runs on any thread (stages are shared and immutable).</summary>
    private static ArticleResult Process(InputItem item, PipelineConfig config, ClaimRowFilter filter, CancellationToken cancellationToken)
    {
        if (item.Article is not { } article) return new ArticleResult(null, item.Error, item.Warning);
        var document = new Document(article.Id, article.Text) { Published = article.Published };
        try
        {
            config.Pipeline.Process(document, cancellationToken);
            return new ArticleResult(filter.Apply(ClaimRowBuilder.Build(document, article)), null, item.Warning) { Article = article };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ArticleResult(null, $"{article.Origin}: the pipeline failed on this article: {e.GetType().Name}: {e.Message}", item.Warning,
                article.Id);
        }
    }

    private static string ReviewTitle(IReadOnlyList<string> paths) =>
        "Claims review: " + string.Join(", ", paths.Select(p => p == "-" ? "standard input" : Path.GetFileName(Path.TrimEndingDirectorySeparator(p))));

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
