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
        var sentence = new SentenceBuffer();
        var documentNumber = 0;
        var lineNumber = 0;

        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length == 0)
            {
                if (!sentence.IsEmpty) yield return sentence.Take(DocumentId(ref documentNumber), repairBio: true);
                continue;
            }

            if (columns[0] == DocStart)
            {
                if (!sentence.IsEmpty) yield return sentence.Take(DocumentId(ref documentNumber), repairBio: true);
                documentNumber++;
                continue;
            }

            if (columns.Length < 2)
                throw new FormatException($"{path}:{lineNumber}: expected a word and a tag.");

            sentence.Add(columns[0], columns[^1]);
        }

        if (!sentence.IsEmpty) yield return sentence.Take(DocumentId(ref documentNumber), repairBio: true);
    }

    private static string DocumentId(ref int documentNumber)
    {
        // A file that does not open with -DOCSTART- still has a first document.
        if (documentNumber == 0) documentNumber = 1;
        return "doc" + documentNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
