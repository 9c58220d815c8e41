using System.Text.Json;

namespace ClaimPipeline.Cli.Evaluation;

/// <summary>
/// One annotated article pair of the corroboration gold set: two articles of a corpus (by id; the text stays in
/// ../shared/corpora), its half ("dev" or "test"), and every pair of their claims that state the same thing, each
/// claim by its offsets. The annotation is exhaustive over the claims extracted when it was made: any other pair of
/// the two articles' claims is a negative.
/// </summary>
public sealed record CorroborationGoldLine(string Corpus, string A, string B, string Split, IReadOnlyList<CorroborationGoldPair> Pairs)
{
    public static CorroborationGoldLine Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var pairs = new List<CorroborationGoldPair>();
        foreach (var pair in root.Required("pairs").EnumerateArray())
            pairs.Add(new CorroborationGoldPair(Range(pair.Required("a")), Range(pair.Required("b")), pair.Required("kind").GetString() ?? "?"));
        var split = root.Required("split").GetString();
        if (split is not ("dev" or "test")) throw new FormatException($"\"split\" is '{split}', not dev or test");
        return new CorroborationGoldLine(Text(root, "corpus"), Text(root, "a"), Text(root, "b"), split, pairs);
    }

    private static string Text(JsonElement root, string name) =>
        root.Required(name).GetString() ?? throw new FormatException($"\"{name}\" is null");

    private static (int Start, int End) Range(JsonElement range)
    {
        if (range.ValueKind != JsonValueKind.Array || range.GetArrayLength() != 2) throw new FormatException("a claim is not [start, end]");
        int start = range[0].GetInt32(), end = range[1].GetInt32();
        if (start < 0 || end <= start) throw new FormatException($"[{start}, {end}] is not a range");
        return (start, end);
    }
}

/// <summary>Two claims, one in each article of the line, that state the same thing; kind as annotated (quote, indirect, numeric, mixed).</summary>
public sealed record CorroborationGoldPair((int Start, int End) A, (int Start, int End) B, string Kind);
