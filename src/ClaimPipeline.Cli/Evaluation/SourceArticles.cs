using System.Text.Json;

namespace ClaimPipeline.Cli.Evaluation;

/// <summary>
/// The article texts a standoff gold file points into. The corpora are not in the repository (their licence
/// forbids it), so they are looked up in a `shared/corpora` folder beside the gold file or beside one of its
/// parent folders (../shared/corpora from the repository root), and each corpus is read once, when first needed.
/// </summary>
public sealed class SourceArticles(string goldPath)
{
    // The corpora a standoff line may name, each with its file under shared/corpora.
    private static readonly Dictionary<string, string> Files = new()
    {
        ["bbc-news"] = Path.Combine("bbc-news", "bbc_news_2225.jsonl"),
        ["en-worldwide-newswire"] = Path.Combine("en-worldwide-newswire", "en_worldwide_newswire_articles.jsonl"),
        ["polnear-train"] = Path.Combine("polnear", "polnear_train.jsonl"),
    };

    private readonly Dictionary<string, Dictionary<string, string>> loaded = [];

    /// <summary>The text of one article; FormatException when the corpus or the article cannot be found.</summary>
    public string Text(string corpus, string article) =>
        Articles(corpus).TryGetValue(article, out var text)
            ? text
            : throw new FormatException($"article '{article}' is not in the {corpus} corpus");

    /// <summary>Every article of a corpus by id, in file order; FormatException when the corpus cannot be found.</summary>
    public IReadOnlyDictionary<string, string> Articles(string corpus)
    {
        if (!loaded.TryGetValue(corpus, out var articles))
        {
            articles = Load(corpus);
            loaded[corpus] = articles;
        }
        return articles;
    }

    private Dictionary<string, string> Load(string corpus)
    {
        if (!Files.TryGetValue(corpus, out var file))
            throw new FormatException($"unknown corpus '{corpus}' (known: {string.Join(", ", Files.Keys)})");
        var path = Locate(file)
            ?? throw new FormatException($"the {corpus} corpus is missing: no shared/corpora/{file.Replace('\\', '/')} "
                                         + $"above {Path.GetDirectoryName(Path.GetFullPath(goldPath))}");
        var articles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, text) in JsonlCorpus.Read(path, "an article", (line, _) => ParseArticle(line)))
            articles[id] = text;
        return articles;
    }

    private static (string Id, string Text) ParseArticle(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        return (root.Required("id").GetString() ?? throw new FormatException("'id' is null"),
                root.Required("text").GetString() ?? throw new FormatException("'text' is null"));
    }

    /// <summary>The corpus file under the nearest shared/corpora folder above the gold file, or null.</summary>
    private string? Locate(string file)
    {
        for (var folder = Path.GetDirectoryName(Path.GetFullPath(goldPath)); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var candidate = Path.Combine(folder, "shared", "corpora", file);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
