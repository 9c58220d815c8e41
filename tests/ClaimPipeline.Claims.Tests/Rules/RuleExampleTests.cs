using ClaimPipeline.Claims.Rules;

namespace ClaimPipeline.Claims.Tests.Rules;

/// <summary>The example each rule shows in docs/rules.md is one the shipped pipeline (with its attribution model) really makes that rule's claim from.</summary>
[Trait("Category", "Integration")]
public sealed class RuleExampleTests
{
    public static TheoryData<string> RuleNames() => new(ClaimRules.All.Select(r => r.Name));

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Example_YieldsAClaimOfItsRule(string name)
    {
        var rule = ClaimRules.Find(name)!;
        var document = ClaimStages.RunWithAttributionModel(rule.Example.Replace("¶", "\n\n"));
        Assert.Contains(document.Claims, c => ReferenceEquals(c.Rule, rule) && c.Kind == rule.Kind);
    }
}
