using System.Text.Json;
using ClaimPipeline.Nlp.Entities;
using ClaimPipeline.Nlp.Tagging;

namespace ClaimPipeline.Cli.Tests.Commands;

/// <summary>`claims train` and `claims eval` end to end on small corpora written here.</summary>
public sealed class TrainEvalCommandTests
{
    private static string ConllU(params (string Word, string Tag)[][] sentences) => string.Join("\n",
        sentences.Select(s => string.Join("\n", s.Select((t, i) => $"{i + 1}\t{t.Word}\t_\t{t.Tag}\t_\t_\t_\t_\t_\t_")) + "\n")) + "\n";

    [Fact]
    public void TrainPos_ThenEval_LearnsTheTrainingSentences_AndRecordsTheCommand()
    {
        using var folder = new TempFolder();
        var corpus = folder.File("tiny.conllu", ConllU(
            [("The", "DET"), ("dog", "NOUN"), ("runs", "VERB"), (".", "PUNCT")],
            [("A", "DET"), ("cat", "NOUN"), ("sleeps", "VERB"), (".", "PUNCT")],
            [("The", "DET"), ("bird", "NOUN"), ("sings", "VERB"), ("loudly", "ADV"), (".", "PUNCT")],
            [("Dogs", "NOUN"), ("bark", "VERB"), (".", "PUNCT")]));
        var model = Path.Combine(folder.Path, "pos.bin");

        var train = CliRunner.Run(["train", "pos", "--train", corpus, "--dev", corpus, "--out", model, "--epochs", "6"]);
        Assert.Equal(0, train.ExitCode);
        Assert.Contains("epoch 6/6", train.Error);
        var file = ModelFile.Load(model, PosFeatures.FeatureSetId);
        Assert.Contains("claims train pos --train", file.Metadata["command"]);
        Assert.Equal(corpus, file.Metadata["trained-on"]);

        var eval = CliRunner.Run(["eval", "pos", "--corpus", corpus, "--model", model, "--json", "--config", CliRunner.Config]);
        Assert.Equal(0, eval.ExitCode);
        var result = JsonDocument.Parse(eval.Out).RootElement[0];
        Assert.Equal(16, result.GetProperty("tokens").GetInt32());
        Assert.True(result.GetProperty("accuracy").GetDouble() >= 0.9, eval.Out);
    }

    [Fact]
    public void TrainNer_TwoPasses_ThenEval_PrintsPerTypeScores()
    {
        using var folder = new TempFolder();
        var lines = new List<string>();
        string[] people = ["Maria Lopez", "John Carter", "Anna Berg", "Peter Novak", "Lena Ortiz", "Omar Haddad"];
        string[] places = ["Quito", "Oslo", "Lagos", "Hanoi", "Lima", "Dakar"];
        for (int d = 0; d < 12; d++)
        {
            lines.Add("-DOCSTART- -X- O O");
            lines.Add("");
            var name = people[d % people.Length].Split(' ');
            lines.Add($"{name[0]} NNP B-NP I-PER");
            lines.Add($"{name[1]} NNP I-NP I-PER");
            lines.Add("visited VBD B-VP O");
            lines.Add($"{places[d % places.Length]} NNP B-NP I-LOC");
            lines.Add(". . O O");
            lines.Add("");
        }
        var corpus = folder.File("eng.tiny", string.Join("\n", lines) + "\n");
        var model = Path.Combine(folder.Path, "ner.bin");

        var train = CliRunner.Run(["train", "ner", "--train", corpus, "--dev", corpus, "--out", model, "--epochs", "4",
            "--passes", "2", "--config", CliRunner.Config]);
        Assert.Equal(0, train.ExitCode);
        Assert.Contains("pass 2 epoch 4/4", train.Error);
        Assert.Equal(3, ModelFile.Load(model, ShippedFeatures).Models.Count); // two passes and the name memory

        var eval = CliRunner.Run(["eval", "ner", "--corpus", corpus, "--model", model, "--config", CliRunner.Config]);
        Assert.Equal(0, eval.ExitCode);
        Assert.Contains("PER", eval.Out);
        Assert.Contains("LOC", eval.Out);
        var all = eval.Out.Split('\n').Single(l => l.TrimStart().StartsWith("ALL", StringComparison.Ordinal));
        Assert.True(double.Parse(all.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1], System.Globalization.CultureInfo.InvariantCulture) > 0.8, eval.Out);
    }

    /// <summary>Eight one-sentence documents ("Maria Lopez visited Quito .") as a CoNLL file and as a Worldwide Newswire file.</summary>
    private static (string Reuters, string Worldwide) TinyCorporaOfBothDomains(TempFolder folder)
    {
        string[] people = ["Maria Lopez", "John Carter", "Anna Berg", "Peter Novak"];
        string[] places = ["Quito", "Oslo", "Lagos", "Hanoi"];
        var conll = new List<string>();
        var bio = new List<string>();
        for (int d = 0; d < 8; d++)
        {
            var name = people[d % people.Length].Split(' ');
            var place = places[d % places.Length];
            conll.AddRange(["-DOCSTART- -X- O O", "", $"{name[0]} NNP B-NP I-PER", $"{name[1]} NNP I-NP I-PER", "visited VBD B-VP O",
                $"{place} NNP B-NP I-LOC", ". . O O", ""]);
            bio.AddRange([$"# doc_id = doc{d}.txt", $"{name[0]}\tB-Person", $"{name[1]}\tI-Person", "left\tO", $"{place}\tB-Location", ".\tO", ""]);
        }
        return (folder.File("eng.tiny", string.Join("\n", conll) + "\n"), folder.File("tiny.tsv", string.Join("\n", bio) + "\n"));
    }

    [Fact]
    public void TrainNer_DomainAlone_ShipsBothDomains_AndRejectsADomainWithoutData()
    {
        using var folder = new TempFolder();
        var (reuters, worldwide) = TinyCorporaOfBothDomains(folder);
        var model = Path.Combine(folder.Path, "ner.bin");

        var train = CliRunner.Run(["train", "ner", "--train", reuters, worldwide, "--dev", reuters, "--out", model, "--epochs", "3",
            "--domain-alone", "reuters", "--config", CliRunner.Config]);
        Assert.Equal(0, train.ExitCode);
        Assert.Contains("reuters alone, pass 1 epoch 3/3", train.Error);
        // Without --beam-temperature each domain's models get the temperature that scores best on the dev corpus.
        Assert.Matches(@"reuters alone, beam 4: temperature \d+ \(dev F1", train.Error);
        var file = ModelFile.Load(model, ShippedFeatures);
        Assert.Equal("reuters worldwide", file.Metadata["domains"]);
        Assert.Equal("reuters", file.Metadata["domains-alone"]);
        Assert.Equal(3, file.Models.Count); // a pass per domain, and the name memory
        Assert.Matches(@"^reuters=\d+ worldwide=\d+$", file.Metadata["beam-temperature"]);

        var missing = CliRunner.Run(["train", "ner", "--train", reuters, "--dev", reuters, "--out", model, "--epochs", "1",
            "--domain-alone", "worldwide", "--config", CliRunner.Config]);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--domain-alone worldwide", missing.Error);
    }

    /// <summary>The feature set of a model trained with the shipped pipeline.json (which names the typed gazetteer).</summary>
    private static readonly string ShippedFeatures = NerFeatures.IdFor(vectorClusters: false, gazetteer: true);

    [Fact]
    public void TrainNer_PicksEachDomainsEpochOnItsOwnDev_AndRecordsMemoryBeamAndLeftOutGroups()
    {
        using var folder = new TempFolder();
        var (reuters, worldwide) = TinyCorporaOfBothDomains(folder);
        var model = Path.Combine(folder.Path, "ner.bin");

        var train = CliRunner.Run(["train", "ner", "--train", reuters, worldwide, "--dev", reuters, worldwide, "--out", model, "--epochs", "2",
            "--domain-alone", "reuters", "--beam", "3", "--beam-temperature", "20", "--leave-out", "context", "--config", CliRunner.Config]);
        Assert.Equal(0, train.ExitCode);
        // The shared models are scored on the Worldwide dev corpus, the Reuters ones on the CoNLL one.
        Assert.Matches(@"dev F1 [01]\.\d{4}, reuters alone [01]\.\d{4}", train.Error);
        var file = ModelFile.Load(model, ShippedFeatures);
        Assert.Equal("last", file.Metadata[ModelEntityRecognizer.NameMemoryKey]);
        Assert.Equal("3", file.Metadata["beam"]);
        Assert.Equal("reuters=20 worldwide=20", file.Metadata["beam-temperature"]);
        Assert.Equal("Context", file.Metadata[ModelEntityRecognizer.LeftOutKey]);

        var models = ModelEntityRecognizer.ModelsFor(file, NewsDomain.Worldwide, model);
        Assert.Single(models.Passes);
        Assert.Equal((3, 20f, NerFeatureGroups.Context), (models.Beam, models.Temperature, models.LeftOut));
        // The memory knows the training names as the types they had, and nothing else.
        var document = ClaimPipeline.Tests.Shared.TestStages.Run("Anna Berg met Peter Novak in Lagos .",
            [new ClaimPipeline.Nlp.Normalization.Normalizer(), ClaimPipeline.Tests.Shared.TestStages.Tokenizer, ClaimPipeline.Tests.Shared.TestStages.Sentences]);
        Assert.NotNull(models.Memory);
        Assert.Equal(2, models.Memory!.Match(document, 0, document.Tokens.Length, -1, out int type, out _));
        Assert.Equal(3, type); // PER, in the class order LOC, MISC, ORG, PER
        Assert.Equal(0, models.Memory.Match(document, 2, document.Tokens.Length, -1, out _, out _));

        Assert.Equal(0, CliRunner.Run(["eval", "ner", "--model", model, "--corpus", worldwide, "--config", CliRunner.Config]).ExitCode);
    }

    [Fact]
    public void TrainNer_WithVectorClusters_RecordsThem_AndAConfigWithoutThemRefusesTheModel()
    {
        using var folder = new TempFolder();
        var lines = new List<string>();
        string[] people = ["Maria Lopez", "John Carter", "Anna Berg", "Peter Novak"];
        string[] places = ["Quito", "Oslo", "Lagos", "Hanoi"];
        for (int d = 0; d < 8; d++)
        {
            var name = people[d % people.Length].Split(' ');
            lines.AddRange(["-DOCSTART- -X- O O", "", $"{name[0]} NNP B-NP I-PER", $"{name[1]} NNP I-NP I-PER", "visited VBD B-VP O",
                $"{places[d % places.Length]} NNP B-NP I-LOC", ". . O O", ""]);
        }
        var corpus = folder.File("eng.tiny", string.Join("\n", lines) + "\n");
        var model = Path.Combine(folder.Path, "ner.bin");
        using var vectorFolder = new TempFolder();
        var withVectors = Config.ConfigVariant.Write(vectorFolder, stages =>
        {
            var entities = stages.Single(s => s!["stage"]!.GetValue<string>() == "entities")!;
            entities["vectorClusters"] = "data/models/vector-clusters.tsv";
            entities["model"] = model;
        });
        using var plainFolder = new TempFolder();
        var plain = Config.ConfigVariant.Write(plainFolder, stages =>
            stages.Single(s => s!["stage"]!.GetValue<string>() == "entities")!["model"] = model);

        var train = CliRunner.Run(["train", "ner", "--train", corpus, "--dev", corpus, "--out", model, "--epochs", "3", "--config", withVectors]);
        Assert.Equal(0, train.ExitCode);
        Assert.Equal(NerFeatures.IdFor(vectorClusters: true, gazetteer: true), ModelFile.Load(model, NerFeatures.IdFor(vectorClusters: true, gazetteer: true)).FeatureSetId);

        Assert.Equal(0, CliRunner.Run(["eval", "ner", "--corpus", corpus, "--config", withVectors]).ExitCode);
        var eval = CliRunner.Run(["eval", "ner", "--corpus", corpus, "--config", plain]);
        Assert.Equal(2, eval.ExitCode);
        Assert.StartsWith($"claims: error: {model}: model built for features 'ner-v7+vectors+gazetteers'", eval.Error);
        Assert.Single(eval.Error.Trim().Split('\n'));

        // The pipeline itself refuses it too, before reading any article.
        var extract = CliRunner.Run(["extract", corpus, "--config", plain]);
        Assert.Equal(2, extract.ExitCode);
        Assert.Contains("model built for features 'ner-v7+vectors+gazetteers'", extract.Error);
        Assert.Single(extract.Error.Trim().Split('\n'));
    }

    [Fact]
    public void Eval_MissingCorpus_IsAnErrorNamingIt()
    {
        var result = CliRunner.Run(["eval", "pos", "--corpus", "/nonexistent/x.conllu", "--config", CliRunner.Config]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/nonexistent/x.conllu", result.Error);
    }

    [Fact]
    public void TrainNer_BeamTemperatureOutOfRangeOrUnknownGroup_IsAUsageErrorNamingTheOption()
    {
        var temperature = CliRunner.Run(["train", "ner", "--train", "x", "--dev", "y", "--out", "z", "--beam-temperature", "0"]);
        Assert.Equal(2, temperature.ExitCode);
        Assert.StartsWith("claims: error: --beam-temperature: '0' is not a number from 0.01 to 10000", temperature.Error);
        var group = CliRunner.Run(["train", "ner", "--train", "x", "--dev", "y", "--out", "z", "--leave-out", "vectors"]);
        Assert.Equal(2, group.ExitCode);
        Assert.Contains("'vectors' not recognized", group.Error);
    }

    [Fact]
    public void Train_UnknownTask_IsAUsageError()
    {
        var result = CliRunner.Run(["train", "parser", "--train", "a", "--dev", "b", "--out", "c"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("parser", result.Error);
    }

    [Fact]
    public void Eval_MalformedCorpusLine_IsAnErrorNamingFileAndLine()
    {
        using var folder = new TempFolder();
        var corpus = folder.File("bad.conllu", "1\tThe\t_\tDET\t_\t_\t_\t_\t_\t_\n2\tbroken\n\n");
        var result = CliRunner.Run(["eval", "pos", "--corpus", corpus, "--config", CliRunner.Config]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{corpus}:2", result.Error);
        Assert.DoesNotContain("internal error", result.Error);
    }
}
