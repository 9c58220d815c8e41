using ClaimPipeline.Claims.Cues;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes;

/// <summary>Per-document scratch state of the quote stage: the cue at each token and which tokens are quoted.</summary>
internal sealed class QuoteContext
{
    private readonly Cue?[] _cues;
    private readonly byte[] _cueLengths;
    private readonly bool[] _quoted;

    public QuoteContext(Document document, CueLexicon lexicon)
    {
        Document = document;
        int n = document.Tokens.Length;
        _cues = new Cue?[n];
        _cueLengths = new byte[n];
        _quoted = new bool[n];
        foreach (var sentence in document.Sentences)
        {
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (document.Tokens[t].Kind != TokenKind.Word) continue;
                // A capitalised cue inside a sentence is part of a name or title ("They Think It's All Over").
                if (t > sentence.FirstToken && char.IsUpper(document.Folded[document.Tokens[t].Start])) continue;
                int length = lexicon.Match(document, t, sentence.EndToken, out var cue);
                if (length == 0) continue;
                // "one of the states suing", "his claims": a one-word cue that the tagger reads as a noun is no verb of saying.
                if (length == 1 && cue.Class == CueClass.Speech && document.Tags.Length > 0 && document.TagNames[document.Tags[t]] == "NOUN") continue;
                _cues[t] = cue;
                _cueLengths[t] = (byte)Math.Min(length, byte.MaxValue);
            }
        }
    }

    public Document Document { get; }

    public void MarkQuoted(List<QuotationSpan> quotations)
    {
        foreach (var q in quotations)
        {
            for (int t = Document.TokenAt(q.Start); t < Document.Tokens.Length && Document.Tokens[t].Start < q.End; t++)
                _quoted[t] = true;
        }
    }

    public bool IsQuoted(int token) => _quoted[token];

    public bool TryCueAt(int token, out Cue cue, out int length)
    {
        cue = _cues[token]!;
        length = _cueLengths[token];
        return cue is not null;
    }
}
