namespace ClaimPipeline.Cli.Gazetteers;

/// <summary>
/// The noise rules of the gazetteer table. A phrase is dropped when it has no letter or only one, more than
/// <see cref="MaxWords"/> words, a character that would break the table (tab, line break, a leading '#'), or only
/// stopwords ("Of", "The Same": a capitalised function word at a sentence start is not a name); and, where the
/// source asks, when it is one word that is also a common lowercase English word (WordNet), as a small town named
/// "Police" would match the sentence-initial word, or when it has two letters only ("Of", in Turkey).
/// </summary>
public sealed class PhraseFilter(IReadOnlySet<string> stopwords, IReadOnlySet<string> commonWords)
{
    public const int MaxWords = 8;

    /// <summary>The phrase with its spaces collapsed, or null when a rule drops it.</summary>
    public string? Clean(string phrase, bool commonWordsCollide)
    {
        var words = phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > MaxWords) return null;
        var cleaned = string.Join(' ', words);
        if (cleaned[0] == '#' || cleaned.Any(char.IsControl)) return null;
        if (cleaned.Count(char.IsLetter) < 2) return null;
        if (words.All(w => stopwords.Contains(w.TrimEnd('.', ',')))) return null;
        // Two-letter town names ("Of", "Un") read as words far more often than as places.
        if (commonWordsCollide && words.Length == 1 && (cleaned.Length <= 2 || commonWords.Contains(cleaned.ToLowerInvariant()))) return null;
        return cleaned;
    }
}
