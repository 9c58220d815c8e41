namespace ClaimPipeline.Nlp.Training.Corpora;

/// <summary>Reads CoNLL-U (Universal Dependencies) files as word forms tagged with UPOS.</summary>
public static class ConllUReader
{
    private const string NewDocPrefix = "newdoc id";

    public static IEnumerable<TaggedSentence> Read(string path)
    {
        var sentence = new SentenceBuffer();
        string? documentId = null;
        var lineNumber = 0;

        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (!sentence.IsEmpty) yield return sentence.Take(documentId, repairBio: false);
                continue;
            }

            if (line[0] == '#')
            {
                documentId = NewDocumentId(line) ?? documentId;
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length < 4)
                throw new FormatException($"{path}:{lineNumber}: expected at least 4 tab-separated columns.");

            // Range lines (1-2) repeat the surface form of their words, and empty nodes (8.1) are not
            // tokens at all; keeping either would misalign words with the text.
            var id = columns[0];
            if (id.Contains('-') || id.Contains('.')) continue;

            sentence.Add(columns[1], columns[3]);
        }

        if (!sentence.IsEmpty) yield return sentence.Take(documentId, repairBio: false);
    }

    private static string? NewDocumentId(string commentLine)
    {
        var body = commentLine.AsSpan(1).Trim();
        if (!body.StartsWith(NewDocPrefix, StringComparison.Ordinal)) return null;
        var equals = body.IndexOf('=');
        if (equals < 0) return null;
        var id = body[(equals + 1)..].Trim();
        return id.Length == 0 ? null : id.ToString();
    }
}
