namespace ClaimPipeline.Nlp.Training.Corpora;

/// <summary>
/// Reads CoNLL-2003 English NER files (<c>word POS chunk NER</c>) and converts the IOB1 NER tags to BIO.
/// </summary>
public static class Conll2003Reader
{
    private const string DocStart = "-DOCSTART-";

    public static IEnumerable<TaggedSentence> Read(string path) => ReadWordAndLastColumn(path);

    /// <summary>
    /// Shared by the CoNLL-2003 and WikiGold layouts: space-separated columns with the word first and the
    /// entity tag last, <c>-DOCSTART-</c> lines between documents and blank lines between sentences.
    /// </summary>
    internal static IEnumerable<TaggedSentence> ReadWordAndLastColumn(string path)
    {
        var words = new List<string>();
        var tags = new List<string>();
        var documentNumber = 0;
        var lineNumber = 0;

        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length == 0)
            {
                if (words.Count > 0) yield return Flush(words, tags, ref documentNumber);
                continue;
            }

            if (columns[0] == DocStart)
            {
                if (words.Count > 0) yield return Flush(words, tags, ref documentNumber);
                documentNumber++;
                continue;
            }

            if (columns.Length < 2)
                throw new FormatException($"{path}:{lineNumber}: expected a word and a tag.");

            words.Add(columns[0]);
            tags.Add(columns[^1]);
        }

        if (words.Count > 0) yield return Flush(words, tags, ref documentNumber);
    }

    private static TaggedSentence Flush(List<string> words, List<string> tags, ref int documentNumber)
    {
        // A file that does not open with -DOCSTART- still has a first document.
        if (documentNumber == 0) documentNumber = 1;
        var sentence = new TaggedSentence(
            [.. words],
            BioSpans.RepairTags([.. tags]),
            "doc" + documentNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
        words.Clear();
        tags.Clear();
        return sentence;
    }
}
