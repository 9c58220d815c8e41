using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace ClaimPipeline.Cli.Commands;

/// <summary>Adds an "Examples:" section to each command's --help, after the sections System.CommandLine writes.</summary>
public static class HelpExamples
{
    private static readonly Dictionary<string, string[]> ByCommand = new(StringComparer.Ordinal)
    {
        ["claims"] =
        [
            "claims extract data/articles -o claims.csv       claims of a folder of articles, as CSV",
            "claims extract --help                            every extract option",
        ],
        ["extract"] =
        [
            "claims extract data/articles -o claims.csv       a folder of .txt/.jsonl articles to one CSV",
            "claims extract feed.jsonl --format jsonl > out.jsonl",
            "cat feed.jsonl | claims extract - --format jsonl | jq .claim",
            "claims extract story.txt --published 2021-08-24   resolve \"on Monday\" against that date",
            "claims extract feed.jsonl --format xlsx -o review.xlsx --columns review --kind quote,indirect",
            "claims extract feed.jsonl --min-confidence 0.8 --bom -o claims.csv   CSV for Excel, likely rows only",
        ],
        ["train"] =
        [
            "claims train pos --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu --out data/models/pos.bin",
        ],
        ["eval"] =
        [
            "claims eval ner --corpus eng.testb",
            "claims eval attribution --corpus polnear_dev.jsonl --json",
        ],
    };

    /// <summary>Makes the help option of <paramref name="root"/> (which every subcommand shares) write the examples too.</summary>
    public static void AddTo(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new WithExamples((SynchronousCommandLineAction)help.Action!);
    }

    /// <summary>The usual help, then the examples of the command it describes.</summary>
    private sealed class WithExamples(SynchronousCommandLineAction help) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            int exit = help.Invoke(parseResult);
            if (ByCommand.TryGetValue(parseResult.CommandResult.Command.Name, out var lines))
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                foreach (var line in lines) output.WriteLine("  " + line);
                output.WriteLine();
            }
            return exit;
        }
    }
}
