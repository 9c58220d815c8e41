using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Cli.Tests.Gold;

/// <summary>
/// The claims of Gold/seeds.jsonl (a copy of ../shared/gold/seeds.jsonl) must come out of the sample articles,
/// matched as ../shared/gold/README.md says: the right kind, the fragment in the claim text (case, curly quotes
/// and white space folded), the speaker or an alias, and for numbers the quantity.
/// </summary>
[Trait("Category", "Integration")]
public sealed partial class SeedGoldTests
{
    private static readonly Lazy<List<JsonElement>> Rows = new(() =>
    {
        var result = CliRunner.Extract(RepoPaths.Data("articles"));
        Assert.Equal(0, result.ExitCode);
        return result.Rows;
    });

    public static TheoryData<string> Items(string level)
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "ClaimPipeline.Cli.Tests", "Gold", "seeds.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.GetProperty("level").GetString() == level) data.Add(line);
        }
        return data;
    }

    public static TheoryData<string> CoreItems => Items("core");
    public static TheoryData<string> StretchItems => Items("stretch");

    [Theory]
    [MemberData(nameof(CoreItems))]
    public void Extract_SampleArticles_FindsCoreGoldItem(string item) => AssertFound(item);

    [Theory]
    [MemberData(nameof(StretchItems))]
    public void Extract_SampleArticles_FindsStretchGoldItem(string item) => AssertFound(item);

    private static void AssertFound(string item)
    {
        using var json = JsonDocument.Parse(item);
        var gold = json.RootElement;
        var article = gold.GetProperty("article").GetString()!;
        var kind = gold.GetProperty("kind").GetString()!;
        var fragment = Fold(gold.GetProperty("match").GetString()!);
        var rows = Rows.Value.Where(r => r.GetProperty("article_id").GetString() == article).ToList();

        if (kind == "not-quote")
        {
            Assert.DoesNotContain(rows, r => r.GetProperty("kind").GetString() == "quote"
                && Fold(r.GetProperty("claim").GetString()!).Contains(fragment, StringComparison.Ordinal));
            return;
        }
        var kinds = kind == "numeric" ? new[] { "numeric" } : ["quote", "indirect"];
        var speakers = new List<string>();
        if (gold.TryGetProperty("speaker", out var speaker)) speakers.Add(Fold(speaker.GetString()!));
        if (gold.TryGetProperty("aliases", out var aliases)) speakers.AddRange(aliases.EnumerateArray().Select(a => Fold(a.GetString()!)));

        bool found = rows.Any(r =>
            kinds.Contains(r.GetProperty("kind").GetString())
            && Fold(r.GetProperty("claim").GetString()!).Contains(fragment, StringComparison.Ordinal)
            && (speakers.Count == 0 || (r.GetProperty("speaker").GetString() is { } s && speakers.Contains(Fold(s))))
            && (!gold.TryGetProperty("quantity", out var quantity)
                || (r.GetProperty("quantity").ValueKind == JsonValueKind.Number && r.GetProperty("quantity").GetDouble() == quantity.GetDouble())));
        Assert.True(found, $"not found: {item}");
    }

    private static string Fold(string text) =>
        Whitespace().Replace(text.Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2018', '\'').Replace('\u2019', '\''), " ")
            .Trim().ToLowerInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
