using ClaimPipeline.Cli.Config;
using ClaimPipeline.Cli.Input;
using ClaimPipeline.Nlp.Pipeline;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Benchmarks;

/// <summary>
/// The articles every benchmark runs over: the first <see cref="Size"/> BBC News articles when ../shared is
/// beside the checkout, else the sample articles repeated to the same count, so one operation is a similar amount of work.
/// </summary>
public sealed class InputSet
{
    public const int Size = 200;

    private InputSet(IReadOnlyList<Article> articles, InputCounts counts)
    {
        Articles = articles;
        Counts = counts;
    }

    public IReadOnlyList<Article> Articles { get; }
    public InputCounts Counts { get; }

    public static InputSet Load(PipelineConfig config)
    {
        // The CLI's own reader, so ids, dates and size limits are exactly what `claims extract` sees.
        var reader = new ArticleReader(config.Read.MaxArticleBytes, null, () => Stream.Null);
        string source;
        List<Article> articles;
        if (File.Exists(RepoLocator.BbcNewsCorpus))
        {
            source = RepoLocator.BbcNewsCorpus;
            articles = Read(reader, source).Take(Size).ToList();
        }
        else
        {
            source = RepoLocator.SampleArticles + " (repeated)";
            var samples = Read(reader, RepoLocator.SampleArticles).ToList();
            if (samples.Count == 0) throw new InvalidOperationException($"no articles in {RepoLocator.SampleArticles}");
            articles = Enumerable.Range(0, Size).Select(i => samples[i % samples.Count]).ToList();
        }
        return new InputSet(articles, Count(config, source, articles));
    }

    /// <summary>New documents for the articles, already run through <paramref name="stages"/>.</summary>
    public List<Document> Prepare(IEnumerable<IStage> stages) => Prepare(Articles, stages);

    private static List<Document> Prepare(IReadOnlyList<Article> articles, IEnumerable<IStage> stages)
    {
        var before = stages.ToList();
        var documents = new List<Document>(articles.Count);
        foreach (var article in articles)
        {
            var document = new Document(article.Id, article.Text) { Published = article.Published };
            foreach (var stage in before)
                stage.Process(document, CancellationToken.None);
            documents.Add(document);
        }
        return documents;
    }

    private static IEnumerable<Article> Read(ArticleReader reader, string path)
    {
        foreach (var item in reader.Read([path]))
        {
            if (item.Article is null) throw new InvalidOperationException($"cannot read the input set: {item.Error}");
            yield return item.Article;
        }
    }

    private static InputCounts Count(PipelineConfig config, string source, List<Article> articles)
    {
        int tokenize = StageIndex(config, "tokenize");
        long tokens = Prepare(articles, config.Pipeline.Stages.Take(tokenize + 1)).Sum(d => (long)d.Tokens.Length);
        long words = articles.Sum(a => (long)WordCount(a.Text));
        long chars = articles.Sum(a => (long)a.Text.Length);
        return new InputCounts(source, articles.Count, tokens, words, chars);
    }

    public static int StageIndex(PipelineConfig config, string name)
    {
        var stages = config.Pipeline.Stages;
        for (int i = 0; i < stages.Count; i++)
            if (stages[i].Name == name) return i;
        throw new InvalidOperationException(
            $"{config.Path} has no '{name}' stage (it has: {string.Join(", ", stages.Select(s => s.Name))})");
    }

    /// <summary>Runs of non-whitespace, like Python's str.split() in scripts/whole-run.sh.</summary>
    public static int WordCount(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }
}
