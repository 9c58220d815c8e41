using System.Text.Json;
using ClaimPipeline.Nlp.Normalization;
using ClaimPipeline.Nlp.Text;
using ClaimPipeline.Nlp.Tokenization;
using ClaimPipeline.Nlp.Training;

namespace ClaimPipeline.Cli.Commands;

/// <summary>
/// The --text corpora of `train clusters` (and the --vocabulary of `train vector-clusters`): JSONL articles
/// ({"text": …}, tokenized with the pipeline's tokenizer, one sequence a paragraph) or annotated corpora (their
/// words only).
/// </summary>
public static class UnlabeledText
{
    /// <exception cref="IOException"/><exception cref="JsonException"/><exception cref="FormatException"/>
    public static void Read(string path, Tokenizer tokenizer, List<string[]> sequences)
    {
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)) ReadArticles(path, tokenizer, sequences);
        else sequences.AddRange(CorpusSource.Parse(path).Read().Select(s => s.Words));
    }

    private static void ReadArticles(string path, Tokenizer tokenizer, List<string[]> sequences)
    {
        var tokens = new List<TokenSpan>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            if (!json.RootElement.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String) continue;
            foreach (var paragraph in text.GetString()!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                tokens.Clear();
                var folded = TextFolder.Fold(paragraph);
                tokenizer.Tokenize(folded, tokens);
                sequences.Add(tokens.Select(t => folded[t.Start..t.End]).ToArray());
            }
        }
    }
}
