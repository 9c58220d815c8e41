using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimPipeline.Nlp.Tokenization;
using ClaimPipeline.Nlp.Training;

namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// `claims train clusters`: word classes from unlabeled text for the entity recognizer. Reads JSONL articles
/// ({"text": …}, tokenized with the pipeline's tokenizer, one sequence a line) and annotated corpora (their words
/// only), clusters the frequent words twice (by the words after them and by the words before them), and writes
/// word, right class, left class as TSV.
/// </summary>
public static class ClusterCommand
{
    public sealed record Settings(IReadOnlyList<string> Text, string Output, int Classes, int Passes, int MinCount);

    public static int Run(Settings settings, Tokenizer tokenizer, CliConsole console)
    {
        var clock = Stopwatch.StartNew();
        var sequences = new List<string[]>();
        foreach (var path in settings.Text)
        {
            try
            {
                UnlabeledText.Read(path, tokenizer, sequences);
            }
            catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException or FormatException)
            {
                console.Error.WriteLine($"claims: error: {path}: {e.Message}");
                return ExitCodes.InputFailed;
            }
        }
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sequence in sequences)
            foreach (var word in sequence) frequency[word] = frequency.GetValueOrDefault(word) + 1;
        var vocabulary = frequency.Where(p => p.Value >= settings.MinCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToArray();
        var index = vocabulary.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var forward = sequences.Select(s => s.Select(w => index.GetValueOrDefault(w, -1)).ToArray()).ToList();
        var backward = forward.Select(s => s.Reverse().ToArray()).ToList();
        console.Error.WriteLine($"claims: {sequences.Sum(s => s.Length)} tokens, {vocabulary.Length} words seen {settings.MinCount}+ times; read in {clock.Elapsed.TotalSeconds:0.0} s");

        void Report(string side, int pass, int moved) => console.Error.WriteLine($"claims: {side} pass {pass}: {moved} words moved");
        var right = ExchangeClustering.Cluster(forward, vocabulary.Length, settings.Classes, settings.Passes, (p, m) => Report("right", p, m));
        var left = ExchangeClustering.Cluster(backward, vocabulary.Length, settings.Classes, settings.Passes, (p, m) => Report("left", p, m));

        var capitalized = CapitalizationBuckets(sequences);
        var output = new StringBuilder();
        output.Append("# Word classes for the entity recognizer: word<TAB>class by following words<TAB>class by preceding words<TAB>\n");
        output.Append("# how often the lowercase form is capitalised inside a sentence (0: under 5%, 1: under 35%, 2: under 65%, 3: under 95%, 4: more; -1: not seen).\n");
        output.Append(CultureInfo.InvariantCulture, $"# Built by: claims train clusters --text {string.Join(' ', settings.Text)} --classes {settings.Classes} --passes {settings.Passes} --min-count {settings.MinCount}\n");
        foreach (var i in Enumerable.Range(0, vocabulary.Length).OrderBy(i => vocabulary[i], StringComparer.Ordinal))
        {
            if (vocabulary[i].Contains('\t') || vocabulary[i].StartsWith('#')) continue;
            int bucket = capitalized.GetValueOrDefault(vocabulary[i].ToLowerInvariant(), -1);
            output.Append(CultureInfo.InvariantCulture, $"{vocabulary[i]}\t{right[i]}\t{left[i]}\t{bucket}\n");
        }
        File.WriteAllText(settings.Output, output.ToString(), new UTF8Encoding(false));
        console.Error.WriteLine($"claims: wrote {settings.Output} in {clock.Elapsed.TotalSeconds:0.0} s");
        return ExitCodes.Success;
    }

    /// <summary>Per lowercase form: the share of its occurrences inside a sentence that start with a capital, in five buckets.</summary>
    private static Dictionary<string, int> CapitalizationBuckets(List<string[]> sequences)
    {
        var counts = new Dictionary<string, (int Upper, int All)>(StringComparer.Ordinal);
        foreach (var sequence in sequences)
        {
            for (int i = 1; i < sequence.Length; i++)
            {
                var word = sequence[i];
                if (word.Length == 0 || !char.IsLetter(word[0]) || sequence[i - 1] is "." or "!" or "?" or ":" or "\"" or "'" or "(" or "-" or "--") continue;
                var key = word.ToLowerInvariant();
                var (upper, all) = counts.GetValueOrDefault(key);
                counts[key] = (upper + (char.IsUpper(word[0]) ? 1 : 0), all + 1);
            }
        }
        return counts.Where(p => p.Value.All >= 3).ToDictionary(p => p.Key, p =>
        {
            double share = (double)p.Value.Upper / p.Value.All;
            return share < 0.05 ? 0 : share < 0.35 ? 1 : share < 0.65 ? 2 : share < 0.95 ? 3 : 4;
        }, StringComparer.Ordinal);
    }
}
