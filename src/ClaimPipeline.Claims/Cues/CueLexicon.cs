using ClaimPipeline.Nlp.Lexicons;
using ClaimPipeline.Nlp.Text;
using ClaimPipeline.Nlp.Tokenization;

namespace ClaimPipeline.Claims.Cues;

/// <summary>Attribution cues (data/lexicons/speech-cues.tsv: form, lemma, class), matched case-insensitively.</summary>
public sealed class CueLexicon
{
    private readonly PhraseLexicon<Cue> _phrases;

    public CueLexicon(IEnumerable<KeyValuePair<string, Cue>> entries, Tokenizer tokenizer) =>
        _phrases = new PhraseLexicon<Cue>(entries, ignoreCase: true, tokenizer);

    public static CueLexicon Load(string path, Tokenizer tokenizer)
    {
        var entries = new List<KeyValuePair<string, Cue>>();
        foreach (var line in LexiconFile.Read(path, minFields: 3))
        {
            if (!Enum.TryParse<CueClass>(line[2], ignoreCase: true, out var cueClass))
                throw new LexiconException(
                    $"{path}:{line.LineNumber}: unknown cue class '{line[2]}' (speech, according, report, intent or title)");
            entries.Add(KeyValuePair.Create(line[0], new Cue(line[1], cueClass)));
        }
        return new CueLexicon(entries, tokenizer);
    }

    public int Count => _phrases.Count;

    /// <summary>The cue starting at token <paramref name="token"/>; returns its length in tokens, 0 when none.</summary>
    public int Match(Document document, int token, int limit, out Cue cue) =>
        _phrases.Match(document, token, limit, out cue);
}
