using ClaimPipeline.Claims.Rules;
using System.Text.RegularExpressions;
using ClaimPipeline.Claims;
using ClaimPipeline.Cli.Output;
using ClaimPipeline.Nlp.Text;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Cli.Tests.Output;

public sealed class ClaimRowBuilderTests
{
    [Fact]
    public void Extract_ClaimIds_AreALetterAnd12HexDigits_SoNoSpreadsheetReadsThemAsNumbers()
    {
        var ids = CliRunner.Extract(RepoPaths.Data("articles")).Rows.Select(r => r.GetProperty("claim_id").GetString()!).ToList();
        Assert.True(ids.Count > 20);
        Assert.All(ids, id => Assert.Matches(new Regex("^c[0-9a-f]{12}$"), id));
    }

    [Fact]
    public void Extract_Change_IsAWord()
    {
        using var folder = new TempFolder();
        var article = folder.File("c.txt",
            "Sales rose 12% to 9,000 units, and about 300 people came. More than 20,000 people left. Up to 50 trucks waited. Profits fell 5%.");
        var rows = CliRunner.Extract(article).Rows;
        string? Change(string claim) => rows.Single(r => r.GetProperty("claim").GetString() == claim).GetProperty("change").GetString();
        Assert.Equal("up", Change("12%"));
        Assert.Equal("exact", Change("9,000 units"));
        Assert.Equal("approx", Change("about 300 people"));
        Assert.Equal("min", Change("More than 20,000 people"));
        Assert.Equal("max", Change("Up to 50 trucks"));
        Assert.Equal("down", Change("5%"));
    }

    [Fact]
    public void Build_ClaimsOfTheSameKindAndSpan_GiveOneRow()
    {
        var document = new Document("d", "He said \"we will go\" and \"soon\".");
        document.Claims.Add(new Claim { Kind = ClaimKind.Quote, Start = 9, End = 19, Rule = ClaimRules.QuoteCueBefore });
        document.Claims.Add(new Claim { Kind = ClaimKind.Quote, Start = 9, End = 19, Rule = ClaimRules.QuoteCueBefore });
        document.Claims.Add(new Claim { Kind = ClaimKind.Indirect, Start = 9, End = 19, Rule = ClaimRules.IndirectThat });
        document.Claims.Add(new Claim { Kind = ClaimKind.Quote, Start = 26, End = 30, Rule = ClaimRules.QuoteContinued });
        var rows = ClaimRowBuilder.Build(document);
        Assert.Equal([("quote", 9), ("indirect", 9), ("quote", 26)], rows.Select(r => (r.Kind, r.Start)));
        Assert.Equal(rows.Count, rows.Select(r => r.ClaimId).Distinct().Count());
    }

    [Fact]
    public void Extract_ArticleMetadata_IsInTheLastColumns_AndEmptyWhenTheInputHasNone()
    {
        using var folder = new TempFolder();
        folder.File("a.jsonl", """
            {"id": "m1", "text": "Zabihullah Mujahid said 20,000 people left on Monday.", "title": "Kabul airlift", "url": "https://example.org/a", "published": "2021-08-24", "source": "Example News"}
            """);
        folder.File("b.txt", "Officials said 300 people came.");
        var rows = CliRunner.Extract(folder.Path).Rows;
        var withMetadata = rows.Where(r => r.GetProperty("article_id").GetString() == "m1").ToList();
        var without = rows.Where(r => r.GetProperty("article_id").GetString() == "b").ToList();
        Assert.NotEmpty(withMetadata);
        Assert.NotEmpty(without);
        Assert.All(withMetadata, r =>
        {
            Assert.Equal("Kabul airlift", r.GetProperty("title").GetString());
            Assert.Equal("https://example.org/a", r.GetProperty("url").GetString());
            Assert.Equal("2021-08-24", r.GetProperty("published").GetString());
            Assert.Equal("Example News", r.GetProperty("source").GetString());
        });
        Assert.All(without, r =>
        {
            foreach (var column in new[] { "title", "url", "published", "source" })
                Assert.Equal(System.Text.Json.JsonValueKind.Null, r.GetProperty(column).ValueKind);
        });
        Assert.Equal(["title", "url", "published", "source"], rows[0].EnumerateObject().Select(p => p.Name).TakeLast(4));
    }
}
