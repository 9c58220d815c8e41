using System.Globalization;

namespace ClaimPipeline.Cli.Gazetteers;

/// <summary>
/// One line of a WordNet data file: "offset lex_filenum ss_type w_cnt(hex) {word lex_id} p_cnt {symbol offset pos
/// source/target} … | gloss". Words are lemmas with '_' for spaces (adjectives may end in a marker like "(a)").
/// Keeps the hypernym ("@"), instance-hypernym ("@i") and noun pertainym ("\\": French → France) targets.
/// </summary>
public sealed record WordNetSynset(long Offset, IReadOnlyList<string> Lemmas, IReadOnlyList<long> Hypernyms, IReadOnlyList<long> Instances,
    IReadOnlyList<long> PertainsToNouns)
{
    public static WordNetSynset? Parse(string line)
    {
        int bar = line.IndexOf(" | ", StringComparison.Ordinal);
        var fields = (bar < 0 ? line : line[..bar]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 5
            || !long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out long offset)
            || !int.TryParse(fields[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int wordCount)
            || 4 + 2 * wordCount >= fields.Length)
            return null;
        var lemmas = new List<string>(wordCount);
        for (int w = 0; w < wordCount; w++)
        {
            var lemma = fields[4 + 2 * w];
            int marker = lemma.IndexOf('(');
            lemmas.Add((marker > 0 ? lemma[..marker] : lemma).Replace('_', ' '));
        }
        int p = 4 + 2 * wordCount;
        if (!int.TryParse(fields[p], NumberStyles.None, CultureInfo.InvariantCulture, out int pointerCount) || p + 1 + 4 * pointerCount > fields.Length)
            return null;
        var hypernyms = new List<long>();
        var instances = new List<long>();
        var pertains = new List<long>();
        for (int k = 0; k < pointerCount; k++)
        {
            var symbol = fields[p + 1 + 4 * k];
            if (symbol is not ("@" or "@i" or "\\")) continue;
            if (!long.TryParse(fields[p + 2 + 4 * k], NumberStyles.None, CultureInfo.InvariantCulture, out long target)) return null;
            if (symbol == "\\")
            {
                if (fields[p + 3 + 4 * k] == "n") pertains.Add(target);
            }
            else (symbol == "@" ? hypernyms : instances).Add(target);
        }
        return new WordNetSynset(offset, lemmas, hypernyms, instances, pertains);
    }
}
