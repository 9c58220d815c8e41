namespace ClaimPipeline.Cli.Tests.Config;

/// <summary>
/// The quotes and speakers stages use the name lexicons that the entities stage's keys name; pipeline.json must
/// have that stage before them, and the error says so, naming both.
/// </summary>
public sealed class StageUseTests
{
    [Fact]
    public void WithoutTheEntitiesStage_Exits2_SayingWhichStageUsesItsLexicons()
    {
        using var folder = new TempFolder();
        var config = ConfigVariant.Write(folder, stages => ConfigVariant.Remove(stages, "entities"));
        var result = CliRunner.Run(["extract", folder.File("a.txt", "Some text here."), "--config", config]);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"claims: error: {config}: stage 'quotes' uses the name lexicons of stage 'entities', which the config does not have; add 'entities' before 'quotes'",
            result.Error.Trim());
    }

    [Fact]
    public void EntitiesAfterSpeakers_Exits2_NamingTheFirstStageThatUsesIt()
    {
        using var folder = new TempFolder();
        var config = ConfigVariant.Write(folder, stages =>
        {
            ConfigVariant.Remove(stages, "quotes");
            ConfigVariant.MoveBefore(stages, "entities", "write");
        });
        var result = CliRunner.Run(["extract", folder.File("a.txt", "Some text here."), "--config", config]);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"claims: error: {config}: stage 'speakers' uses the name lexicons of stage 'entities', which comes only after it; put 'entities' before 'speakers'",
            result.Error.Trim());
    }

    [Fact]
    public void WithoutTheTokenizeStage_Exits2_NamingTheStageThatUsesItsAbbreviations()
    {
        using var folder = new TempFolder();
        var config = ConfigVariant.Write(folder, stages => ConfigVariant.Remove(stages, "tokenize"));
        var result = CliRunner.Run(["extract", folder.File("a.txt", "Some text here."), "--config", config]);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"claims: error: {config}: stage 'sentences' uses the abbreviations of stage 'tokenize', which the config does not have; add 'tokenize' before 'sentences'",
            result.Error.Trim());
    }
}
