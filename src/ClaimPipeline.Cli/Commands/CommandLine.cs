using System.CommandLine;
using ClaimPipeline.Cli.Input;

namespace ClaimPipeline.Cli.Commands;

/// <summary>The command tree. Parse errors print a one-line message and exit 2; user errors never show a stack trace.</summary>
public static class CommandLine
{
    public static int Run(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var root = Build(console, cancellationToken);
        var result = root.Parse(args);
        var output = new StreamWriter(console.Out, leaveOpen: true) { AutoFlush = true };
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors) console.Error.WriteLine($"claims: error: {error.Message}");
            console.Error.WriteLine("Try 'claims --help' or 'claims extract --help'.");
            return ExitCodes.Usage;
        }
        return result.Invoke(new InvocationConfiguration { Output = output, Error = console.Error });
    }

    private static RootCommand Build(CliConsole console, CancellationToken cancellationToken)
    {
        var root = new RootCommand("Extracts attributed claims (quotes, reported speech, numbers) from news articles.");
        root.Subcommands.Add(Extract(console, cancellationToken));
        return root;
    }

    private static Command Extract(CliConsole console, CancellationToken cancellationToken)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Article files (.txt: one article; .jsonl: one {\"id\",\"text\",…} a line), folders of them, or - for stdin.",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(r =>
        {
            foreach (var token in r.Tokens)
                if (token.Value.Length > 1 && token.Value[0] == '-')
                    r.AddError($"unknown option '{token.Value}'");
        });
        var output = new Option<string?>("--output", "-o") { Description = "Write to FILE (atomically) instead of stdout." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "jsonl");
        var published = new Option<string?>("--published")
        {
            Description = "Publication date (YYYY-MM-DD) for articles that do not give one; resolves \"on Monday\", \"11 years ago\".",
        };
        published.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string?>();
            if (value is not null && !ArticleReader.TryParseDate(value, out _))
                r.AddError($"--published: '{value}' is not a date (YYYY-MM-DD)");
        });
        var config = new Option<string?>("--config") { Description = "Pipeline config (default: pipeline.json)." };

        var command = new Command("extract", "Extract claims from articles and write one row per claim (CSV or JSONL).")
        {
            paths, output, format, published, config,
        };
        command.SetAction(result =>
        {
            DateOnly? date = null;
            if (result.GetValue(published) is { } text && ArticleReader.TryParseDate(text, out var parsed)) date = parsed;
            var settings = new ExtractSettings(result.GetValue(paths) ?? [], result.GetValue(output),
                result.GetValue(format) ?? "csv", date, result.GetValue(config));
            return ExtractCommand.Run(settings, console, cancellationToken);
        });
        return command;
    }
}
