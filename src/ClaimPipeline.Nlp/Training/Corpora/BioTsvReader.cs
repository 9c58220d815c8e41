namespace ClaimPipeline.Nlp.Training.Corpora;

/// <summary>
/// Reads the en-worldwide-newswire BIO TSV (<c>token TAB tag [TAB more tags]</c>). Blocks between blank
/// lines are paragraphs rather than sentences; each is yielded as one <see cref="TaggedSentence"/>.
/// Entity type names are kept as in the corpus (see <see cref="EntityTypeMap"/> for mapping).
/// </summary>
public static class BioTsvReader
{
    private const string DocIdPrefix = "doc_id";

    public static IEnumerable<TaggedSentence> Read(string path)
    {
        var sentence = new SentenceBuffer();
        string? documentId = null;
        var lineNumber = 0;

        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                if (!sentence.IsEmpty) yield return sentence.Take(documentId, repairBio: true);
                continue;
            }

            if (line[0] == '#')
            {
                var newId = DocumentId(line);
                if (newId is not null)
                {
                    // A new document never continues the previous block.
                    if (!sentence.IsEmpty) yield return sentence.Take(documentId, repairBio: true);
                    documentId = newId;
                }
                continue;
            }

            // Some tokens contain a space ("11 pm."), so tabs win when present; lines without tabs fall
            // back to runs of whitespace.
            var fields = line.Contains('\t')
                ? line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2)
                throw new FormatException($"{path}:{lineNumber}: expected a token and a tag.");

            sentence.Add(fields[0], fields[1]);
        }

        if (!sentence.IsEmpty) yield return sentence.Take(documentId, repairBio: true);
    }

    private static string? DocumentId(string commentLine)
    {
        var body = commentLine.AsSpan(1).Trim();
        if (!body.StartsWith(DocIdPrefix, StringComparison.Ordinal)) return null;
        var rest = body[DocIdPrefix.Length..].TrimStart();
        if (rest.Length == 0 || rest[0] != '=') return null;
        var id = rest[1..].Trim();
        return id.Length == 0 ? null : id.ToString();
    }
}
