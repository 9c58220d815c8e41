using ClaimPipeline.Cli.Config;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Cli.Tests.Config;

/// <summary>What the other test projects assume of the shipped pipeline.json, checked here where the config is loaded.</summary>
public sealed class ShippedConfigTests
{
    [Fact]
    public void TheTestsNewsDomain_IsTheOneTheShippedConfigSets()
    {
        var config = PipelineConfigLoader.Load(CliRunner.Config, loadModels: false);
        Assert.Equal(TestStages.ShippedDomain, config.EntityDomain);
    }
}
