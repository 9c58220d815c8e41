using ClaimPipeline.Claims.Cues;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes;

/// <summary>
/// Per-document state of the quote stage: the cue at each token and which tokens are quoted, with the stage's
/// speaker phrase reader and options, which every rule and pass reads.
/// </summary>
internal sealed class QuoteContext : Attribution.ITokenMarks
{
    private readonly Cue?[] _cues;
    private readonly byte[] _cueLengths;
    private readonly bool[] _quoted;
    private int[] _quotedBefore = [0];

    public QuoteContext(Document document, CueLexicon lexicon, SpeakerPhraseFinder? speakers, QuoteFinderOptions options)
    {
        Document = document;
        _speakers = speakers;
        Options = options;
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
                if (length == 0 || cue.Class == CueClass.Setting) continue;
                if (length == 1 && IsNoun(document, t, sentence.EndToken) && cue.Class is CueClass.Speech or CueClass.Report) continue;
                _cues[t] = cue;
                _cueLengths[t] = (byte)Math.Min(length, byte.MaxValue);
            }
        }
    }

    /// <summary>
    /// "one of the states suing", "the report stated": a one-word cue that the tagger reads as a noun is no verb of
    /// saying, unless punctuation follows it ("…,” a voice-over in the ad states."), where the tagger often errs.
    /// </summary>
    private static bool IsNoun(Document document, int t, int sentenceEnd) =>
        document.Tags.Length > 0 && document.TagNames[document.Tags[t]] == "NOUN"
        && t + 1 < sentenceEnd && document.Tokens[t + 1].Kind != TokenKind.Punctuation;

    public Document Document { get; }
    // Null only when training the attribution model, which reads the cues and quotation marks alone.
    private readonly SpeakerPhraseFinder? _speakers;
    public SpeakerPhraseFinder Speakers => _speakers ?? throw new InvalidOperationException("this context reads no speakers");
    public QuoteFinderOptions Options { get; }

    public void MarkQuoted(List<QuotationSpan> quotations)
    {
        foreach (var q in quotations)
        {
            for (int t = Document.TokenAt(q.Start); t < Document.Tokens.Length && Document.Tokens[t].Start < q.End; t++)
                _quoted[t] = true;
        }
        // Running count, so that "is any token of this sentence quoted" costs the same for any sentence length.
        _quotedBefore = new int[_quoted.Length + 1];
        for (int t = 0; t < _quoted.Length; t++) _quotedBefore[t + 1] = _quotedBefore[t] + (_quoted[t] ? 1 : 0);
    }

    public bool IsQuoted(int token) => _quoted[token];

    /// <summary>True when a token in [first, end) is inside a quotation.</summary>
    public bool AnyQuoted(int first, int end) => _quotedBefore[end] > _quotedBefore[first];

    public bool TryCueAt(int token, out Cue cue, out int length)
    {
        cue = _cues[token]!;
        length = _cueLengths[token];
        return cue is not null;
    }
}
