namespace ClaimPipeline.Nlp.Lexicons;

/// <summary>
/// Reads the lexicon files under data/: UTF-8, one entry a line, tab-separated fields, '#' starts a comment line.
/// Errors name the file and the line.
/// </summary>
public static class LexiconFile
{
    public static IEnumerable<LexiconLine> Read(string path, int minFields = 1)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LexiconException($"{path}: cannot read lexicon: {e.Message}");
        }
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            var fields = line.Split('\t');
            for (int f = 0; f < fields.Length; f++) fields[f] = fields[f].Trim();
            if (fields.Length < minFields)
                throw new LexiconException($"{path}:{i + 1}: expected {minFields} tab-separated fields, found {fields.Length}");
            yield return new LexiconLine(i + 1, fields);
        }
    }
}
