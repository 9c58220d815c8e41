using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Claims.Speakers;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Tests.Speakers;

public class ConfidenceTableTests
{
    /// <summary>A repeated key ended the run as an internal error (exit 70), NaN passed the range check, and a key
    /// naming no rule loaded silently.</summary>
    [Theory]
    [InlineData("number.quantity\t0.6\t10\t6\nnumber.quantity\t0.7\t10\t7\n", ":2: the key 'number.quantity' is given twice")]
    [InlineData("number.quantity\tNaN\t10\t9\n", ":1: expected a key and a confidence from 0 to 1")]
    [InlineData("number.quantity|unit\t0.9\t10\t9\nnumber.bogus|unit\t0.5\t10\t5\n", ":2: 'number.bogus|unit' names no rule of the rule table (docs/rules.md)")]
    public void Load_RepeatedKeyOrNaN_IsAnErrorNamingTheLine(string content, string expected)
    {
        var path = Path.Combine(Path.GetTempPath(), $"confidence-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, content);
        try
        {
            var error = Assert.Throws<ClaimPipeline.Nlp.Lexicons.LexiconException>(() => ConfidenceTable.Load(path));
            Assert.Equal(path + expected, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Apply_PrefersRuleAndSpeakerState_ThenRule_AndLeavesUnknownRulesAlone()
    {
        var table = new ConfidenceTable([
            KeyValuePair.Create("quote.cue-after|pronoun", 0.61),
            KeyValuePair.Create("quote.cue-after", 0.8),
            KeyValuePair.Create("indirect.that|named", 0.93)]);
        var document = new Document("t", "\u201CWe stay,\u201D he said. \u201CWe go,\u201D Ann Lee said. Ann Lee said that it rained.");
        var byPronoun = new Claim { Kind = ClaimKind.Quote, Start = 1, End = 8, Rule = ClaimRules.QuoteCueAfter, SpeakerStart = 11, SpeakerEnd = 13, Speaker = "Ann Lee", Confidence = 0.1 };
        var byName = new Claim { Kind = ClaimKind.Quote, Start = 21, End = 26, Rule = ClaimRules.QuoteCueAfter, SpeakerStart = 29, SpeakerEnd = 36, Speaker = "Ann Lee", Confidence = 0.1 };
        var unknown = new Claim { Kind = ClaimKind.Indirect, Start = 57, End = 66, Rule = ClaimRules.IndirectSay, SpeakerStart = 43, SpeakerEnd = 50, Speaker = "Ann Lee", Confidence = 0.1 };
        document.Claims.AddRange([byPronoun, byName, unknown]);

        table.Apply(document);

        Assert.Equal(0.61, byPronoun.Confidence);
        Assert.Equal(0.8, byName.Confidence);
        Assert.Equal(0.1, unknown.Confidence);
    }

    [Fact]
    public void Key_NamesTheSpeakerState()
    {
        Assert.Equal("quote.nearby|none", ConfidenceTable.Key("quote.nearby", null, null));
        Assert.Equal("quote.cue-after|pronoun", ConfidenceTable.Key("quote.cue-after", "Ann Lee", "She"));
        Assert.Equal("quote.cue-after|named", ConfidenceTable.Key("quote.cue-after", "Ann Lee", "Lee"));
    }

    [Fact]
    public void Load_RejectsAConfidenceOutsideZeroToOne()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# header\nquote.mixed\t1.7\t10\t9\n");
            var error = Assert.Throws<ClaimPipeline.Nlp.Lexicons.LexiconException>(() => ConfidenceTable.Load(path));
            Assert.Contains(":2:", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
