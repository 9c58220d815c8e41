namespace ClaimPipeline.Nlp.Training.Corpora;

/// <summary>
/// Universal NER (.iob2): tab-separated "index token tag - annotator" lines, "# newdoc id = X" comments starting
/// documents, other comments ignored, blank lines ending sentences. Tags are BIO; a stray I- is repaired to B-.
/// </summary>
public static class UnerReader
{
    public static IEnumerable<TaggedSentence> Read(string path)
    {
        var sentence = new SentenceBuffer();
        string? document = null;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith('#'))
            {
                const string prefix = "# newdoc id = ";
                if (line.StartsWith(prefix, StringComparison.Ordinal)) document = line[prefix.Length..].Trim();
                continue;
            }
            if (line.Trim().Length == 0)
            {
                if (!sentence.IsEmpty) yield return sentence.Take(document, repairBio: true);
                continue;
            }
            var fields = line.Split('\t');
            if (fields.Length < 3) continue;
            sentence.Add(fields[1], fields[2]);
        }
        if (!sentence.IsEmpty) yield return sentence.Take(document, repairBio: true);
    }
}
