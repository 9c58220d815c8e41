using ClaimPipeline.Claims.Quotes;
using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Text;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Claims.Tests.Rules;

/// <summary>docs/rules.md is the rule table as users read it: it must list exactly the rules of <see cref="ClaimRules"/>.</summary>
public sealed class RuleTableTests
{
    private static readonly string DocPath = Path.Combine(RepoPaths.Root, "docs", "rules.md");

    /// <summary>A table row as docs/rules.md writes it.</summary>
    public static string Row(ClaimRule rule) =>
        $"| `{rule.Name}` | {rule.Kind.ToString().ToLowerInvariant()} | {rule.Prior} | {Escape(rule.Example)} | {Escape(rule.Construction)} |";

    private static string Escape(string text) => text.Replace("|", "\\|").Replace("¶", " ¶ ");

    [Fact]
    public void Doc_ListsExactlyTheRuleTable_InItsOrder()
    {
        // The rows of the table under its header, up to the first line that is not a table row.
        var rows = File.ReadLines(DocPath).SkipWhile(l => l != "| rule | kind | prior | example | construction |").Skip(2)
            .TakeWhile(l => l.StartsWith('|')).ToList();
        var expected = ClaimRules.All.Select(Row).ToList();
        Assert.True(expected.SequenceEqual(rows),
            "docs/rules.md differs from ClaimRules; its table rows should be:\n" + string.Join("\n", expected));
    }

    [Fact]
    public void Rules_HaveUniqueNames_AFamilyMatchingTheirKind_AndPriorsBetweenZeroAndOne()
    {
        Assert.Equal(ClaimRules.All.Count, ClaimRules.All.Select(r => r.Name).Distinct().Count());
        foreach (var rule in ClaimRules.All)
        {
            var family = rule.Name[..rule.Name.IndexOf('.')];
            Assert.Equal(rule.Kind switch { ClaimKind.Quote => "quote", ClaimKind.Indirect => "indirect", _ => "number" }, family);
            foreach (var value in new[] { rule.Prior.Default, rule.Prior.Named, rule.Prior.Pronoun, rule.Prior.Unattributed, rule.Prior.WithUnit })
                if (value is { } v) Assert.InRange(v, 0, 1);
            Assert.Same(rule, ClaimRules.Find(rule.Name));
        }
        Assert.Null(ClaimRules.Find("quote.nosuch"));
    }

    /// <summary>The calibrated table is keyed by rule names: a key the rule table does not know would never apply.</summary>
    [Fact]
    public void ShippedConfidenceTable_NamesOnlyRulesOfTheTable()
    {
        var keys = File.ReadLines(RepoPaths.Data("models", "confidence.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')[0].Split('|')[0]).Distinct().ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.True(ClaimRules.Find(key) is not null, $"confidence.tsv names '{key}', which ClaimRules lacks"));
    }

    [Theory]
    [InlineData("quote.cue-after", SpeakerPhraseKind.Name, 0.9)]
    [InlineData("quote.cue-after", SpeakerPhraseKind.Pronoun, 0.8)]
    [InlineData("quote.cue-after", SpeakerPhraseKind.Description, 0.75)]
    [InlineData("quote.unattributed", null, 0.3)]
    [InlineData("quote.mixed", SpeakerPhraseKind.Pronoun, 0.7)]
    [InlineData("indirect.according", null, 0.8)]
    [InlineData("indirect.ask", SpeakerPhraseKind.Name, 0.5)]
    public void Prior_RefinesByTheSpeakerPhrase(string rule, SpeakerPhraseKind? speaker, double expected) =>
        Assert.Equal(expected, ClaimRules.Find(rule)!.Prior.For(speaker));

    [Fact]
    public void NumberPrior_IsHigherWithAUnit()
    {
        Assert.Equal(0.8, ClaimRules.NumberQuantity.Prior.ForNumber(hasUnit: true));
        Assert.Equal(0.5, ClaimRules.NumberQuantity.Prior.ForNumber(hasUnit: false));
    }
}
