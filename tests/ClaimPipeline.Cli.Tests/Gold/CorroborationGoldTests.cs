using System.Text.Json;
using ClaimPipeline.Cli.Evaluation;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Cli.Tests.Gold;

/// <summary>
/// The corroboration gold set (issue 21, docs/corroboration.md) is well formed: it parses as the eval reads it, holds
/// at least 40 annotated claim pairs in both halves, names each article pair once, and carries no corpus text (the
/// corpus is research-only: ids, offsets and short notes in our own words).
/// </summary>
public sealed class CorroborationGoldTests
{
    private static readonly string Path = System.IO.Path.Combine(RepoPaths.Root, "tests", "ClaimPipeline.Cli.Tests", "Gold", "corroboration-pairs.jsonl");

    [Fact]
    public void The_gold_set_parses_and_has_forty_or_more_pairs_in_both_halves()
    {
        var lines = JsonlCorpus.Read(Path, "a corroboration gold line", (line, _) => CorroborationGoldLine.Parse(line)).ToList();
        Assert.True(lines.Sum(l => l.Pairs.Count) >= 40, $"{lines.Sum(l => l.Pairs.Count)} pairs");
        Assert.Contains(lines, l => l.Split == "dev" && l.Pairs.Count > 0);
        Assert.Contains(lines, l => l.Split == "test" && l.Pairs.Count > 0);
        Assert.Equal(lines.Count, lines.Select(l => (l.A, l.B)).Distinct().Count());
        Assert.All(lines, l => Assert.NotEqual(l.A, l.B));
    }

    [Fact]
    public void The_gold_set_holds_no_corpus_text_only_ids_offsets_and_short_notes()
    {
        foreach (var line in File.ReadLines(Path))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            Assert.Equal(["corpus", "a", "b", "split", "event", "pairs"], root.EnumerateObject().Select(p => p.Name));
            Assert.True(root.GetProperty("event").GetString()!.Split(' ').Length <= 8);
            foreach (var pair in root.GetProperty("pairs").EnumerateArray())
            {
                Assert.Equal(["a", "b", "kind", "note"], pair.EnumerateObject().Select(p => p.Name));
                Assert.True(pair.GetProperty("note").GetString()!.Split(' ').Length <= 8, pair.GetProperty("note").GetString());
            }
        }
    }
}
