using System.Text.Json;
using ClaimPipeline.Cli.Config;
using ClaimPipeline.Nlp.Pipeline;

namespace ClaimPipeline.Cli.Tests.Config;

/// <summary>A stage's keys are read through their declarations: defaults come from there, and nothing undeclared gets in.</summary>
public sealed class StageOptionsTests
{
    private static readonly IntOption Window = new("window", 8, 1, 50, "how far");
    private static readonly PathOption Lexicon = new("lexicon", "data/words.txt", "the words");
    private static readonly PathOption Table = new("table", null, "a table", whenUnset: "none (priors)");
    private static readonly ConfigStage Stage = new("demo", [Window, Lexicon, Table]);

    [Fact]
    public void AKeyLeftOut_TakesItsDeclaredDefault_APathRelativeToTheConfig()
    {
        var options = Options("""{ "stage": "demo" }""");
        Assert.Equal(8, options.Int(Window));
        Assert.Equal("/configs/data/words.txt", options.Path(Lexicon));
        Assert.Null(options.OptionalPath(Table));
        options.RejectUnknown();
    }

    [Fact]
    public void AValueOutsideTheDeclaredRange_NamesTheRange()
    {
        var error = Assert.Throws<PipelineConfigurationException>(() => Options("""{ "stage": "demo", "window": 51 }""").Int(Window));
        Assert.Equal("/configs/pipeline.json: stage 'demo': 'window' must be a whole number from 1 to 50", error.Message);
    }

    [Fact]
    public void AnUndeclaredKey_IsAnError_ListingTheDeclaredOnes()
    {
        var options = Options("""{ "stage": "demo", "windw": 3 }""");
        options.Int(Window);
        options.Path(Lexicon);
        options.OptionalPath(Table);
        var error = Assert.Throws<PipelineConfigurationException>(options.RejectUnknown);
        Assert.Equal("/configs/pipeline.json: stage 'demo': unknown key 'windw' (known: lexicon, table, window)", error.Message);
    }

    [Fact]
    public void ADeclaredKeyTheStageNeverReads_IsABug_NotASilentlyIgnoredSetting()
    {
        var options = Options("""{ "stage": "demo", "table": "t.tsv" }""");
        options.Int(Window);
        options.Path(Lexicon);
        var error = Assert.Throws<InvalidOperationException>(options.RejectUnknown);
        Assert.Contains("'table'", error.Message);
    }

    [Fact]
    public void ReadingAKeyTheStageDoesNotDeclare_IsABug()
    {
        var undeclared = new IntOption("other", 1, 0, 2, "not the demo stage's");
        Assert.Throws<InvalidOperationException>(() => Options("""{ "stage": "demo" }""").Int(undeclared));
    }

    [Fact]
    public void DocsDefaults_AreWrittenAsTheTableWritesThem()
    {
        Assert.Equal("8", Window.DefaultText);
        Assert.Equal("`data/words.txt`", Lexicon.DefaultText);
        Assert.Equal("none (priors)", Table.DefaultText);
    }

    private static StageOptions Options(string json) =>
        new("/configs/pipeline.json", Stage, JsonDocument.Parse(json).RootElement.Clone());
}
