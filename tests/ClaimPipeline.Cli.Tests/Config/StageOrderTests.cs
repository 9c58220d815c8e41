namespace ClaimPipeline.Cli.Tests.Config;

/// <summary>A pipeline.json whose order leaves a stage without a layer it reads is a usage error naming both stages.</summary>
public sealed class StageOrderTests
{
    [Fact]
    public void Numbers_BeforeQuotes_Exits2_NamingBothStages()
    {
        using var folder = new TempFolder();
        var config = ConfigVariant.Write(folder, stages => ConfigVariant.MoveBefore(stages, "numbers", "quotes"));
        var result = Extract(folder, config);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"claims: error: {config}: stage 'numbers' reads quotes, which stage 'quotes' produces only after it; put 'quotes' before 'numbers'",
            result.Error.Trim());
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void WithoutThePosStage_Exits2_SayingWhichStageNeedsTheTags()
    {
        using var folder = new TempFolder();
        var config = ConfigVariant.Write(folder, stages => ConfigVariant.Remove(stages, "pos"));
        var result = Extract(folder, config);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"claims: error: {config}: stage 'quotes' requires part-of-speech tags, which no stage before it produces", result.Error.Trim());
    }

    [Fact]
    public void Pos_AfterTheClaimStages_IsRefused_AlsoByCommandsThatDoNotLoadTheModel()
    {
        using var folder = new TempFolder();
        var config = ConfigVariant.Write(folder, stages => ConfigVariant.MoveBefore(stages, "pos", "speakers"));
        var expected = $"claims: error: {config}: stage 'quotes' requires part-of-speech tags, which stage 'pos' produces only after it; put 'pos' before 'quotes'";
        Assert.Equal(expected, Extract(folder, config).Error.Trim());
        var eval = CliRunner.Run(["eval", "ner", "--corpus", folder.File("c.tsv", "Paris\tB-LOC\n"), "--config", config]);
        Assert.Equal(2, eval.ExitCode);
        Assert.Equal(expected, eval.Error.Trim());
    }

    private static CliResult Extract(TempFolder folder, string config) =>
        CliRunner.Run(["extract", folder.File("a.txt", "“We will win,” Mujahid said on Monday."), "--config", config]);
}
