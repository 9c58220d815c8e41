using ClaimPipeline.Claims.Numbers;
using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Claims.Speakers;

namespace ClaimPipeline.Claims.Tests.Numbers;

public sealed class NumberConfidenceTests
{
    private static Claim Quantity(string? unit) => new()
    {
        Kind = ClaimKind.Numeric, Start = 0, End = 3, Rule = ClaimRules.NumberQuantity, Unit = unit,
        Confidence = ClaimRules.NumberQuantity.Prior.ForNumber(unit is not null),
    };

    private static readonly ConfidenceTable Table = new([
        KeyValuePair.Create("number.quantity|unit", 0.97), KeyValuePair.Create("number.quantity", 0.9),
    ]);

    [Fact]
    public void Key_IsTheRuleAndWhetherTheQuantityHasAUnit()
    {
        Assert.Equal("number.quantity|unit", NumberConfidence.Key(Quantity("people")));
        Assert.Equal("number.quantity|nounit", NumberConfidence.Key(Quantity(null)));
    }

    [Fact]
    public void Apply_TakesTheKeysRow_ElseTheRulesRow_ElseKeepsThePrior()
    {
        var withUnit = Quantity("people");
        var bare = Quantity(null);
        var date = new Claim { Kind = ClaimKind.Numeric, Start = 0, End = 4, Rule = ClaimRules.NumberYear, Unit = "date", Confidence = 0.8 };
        foreach (var claim in new[] { withUnit, bare, date }) NumberConfidence.Apply(Table, claim);
        Assert.Equal(0.97, withUnit.Confidence);
        Assert.Equal(0.9, bare.Confidence);
        Assert.Equal(0.8, date.Confidence);
    }
}
