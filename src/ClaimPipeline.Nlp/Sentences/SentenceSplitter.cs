using ClaimPipeline.Nlp.Lexicons;
using ClaimPipeline.Nlp.Pipeline;
using ClaimPipeline.Nlp.Text;
using ClaimPipeline.Nlp.Tokenization;

namespace ClaimPipeline.Nlp.Sentences;

/// <summary>
/// Groups tokens into sentences and paragraphs. A sentence ends at . ! ? … (with the closing quotes and brackets
/// that follow it) before a capital, a digit or an opening quote; never at a title such as "Mr."; at an acronym
/// such as "U.S." only before a typical sentence opener ("The", "He"). A line break ends a sentence and a paragraph,
/// except a soft wrap: one line break after a line without final punctuation, before a lowercase word.
/// </summary>
public sealed class SentenceSplitter(Abbreviations abbreviations, WordSet sentenceOpeners) : IStage
{
    public string Name => "sentences";
    public IReadOnlyList<Layer> Requires { get; } = [Layer.Folded, Layer.Tokens];
    public IReadOnlyList<Layer> Reads { get; } = [];
    public IReadOnlyList<Layer> Produces { get; } = [Layer.Sentences, Layer.Paragraphs];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var tokens = document.Tokens;
        var text = document.Folded;
        var sentences = new List<SentenceSpan>(tokens.Length / 20 + 1);
        var paragraphs = new List<ParagraphSpan>();
        int sentenceStart = 0;
        int paragraphStart = 0;
        int i = 0;
        while (i < tokens.Length)
        {
            int last = i;
            bool paragraphBreak = false;
            bool end;
            if (IsTerminal(document, i))
            {
                last = SkipClosers(document, i);
                end = last + 1 >= tokens.Length || IsHardBreak(text, tokens, last) || StartsSentence(document, last + 1);
            }
            else if (IsAbbreviationEnd(document, i))
            {
                end = i + 1 >= tokens.Length || IsHardBreak(text, tokens, i)
                    || (IsCapitalized(document.FoldedToken(i + 1)) && sentenceOpeners.Contains(document.FoldedToken(i + 1)));
            }
            else
            {
                end = i + 1 >= tokens.Length || IsHardBreak(text, tokens, i);
            }
            if (end)
            {
                paragraphBreak = last + 1 >= tokens.Length || HasNewline(text, tokens[last].End, tokens[last + 1].Start);
                sentences.Add(new SentenceSpan(sentenceStart, last + 1, tokens[sentenceStart].Start, tokens[last].End,
                    paragraphs.Count));
                sentenceStart = last + 1;
                if (paragraphBreak)
                {
                    paragraphs.Add(new ParagraphSpan(paragraphStart, sentences.Count,
                        sentences[paragraphStart].Start, sentences[^1].End));
                    paragraphStart = sentences.Count;
                }
            }
            i = last + 1;
        }
        document.Sentences = sentences.ToArray();
        document.Paragraphs = paragraphs.ToArray();
    }

    private static bool IsTerminal(Document document, int i)
    {
        var t = document.FoldedToken(i);
        if (t is "." or "!" or "?" or "..." or "\u2026" or "?!" )
        {
            // "John F. Kennedy": a lone capital before the dot is an initial.
            if (t is "." && i > 0 && document.Tokens[i - 1].End == document.Tokens[i].Start)
            {
                var prev = document.FoldedToken(i - 1);
                if (prev.Length == 1 && char.IsUpper(prev[0])) return false;
            }
            return true;
        }
        return false;
    }

    private bool IsAbbreviationEnd(Document document, int i)
    {
        var t = document.FoldedToken(i);
        if (t.Length < 2 || t[^1] != '.') return false;
        if (abbreviations.TryGet(t, out var kind)) return kind != AbbreviationKind.Title;
        return document.Tokens[i].Kind == TokenKind.Word; // letter-dot acronyms not in the list ("C.I.A.")
    }

    /// <summary>Moves past closing quotes and brackets glued to the terminal token.</summary>
    private static int SkipClosers(Document document, int i)
    {
        var tokens = document.Tokens;
        while (i + 1 < tokens.Length && tokens[i + 1].Start == tokens[i].End)
        {
            var next = document.FoldedToken(i + 1);
            if (next is "\"" or "'" or ")" or "]" or "}") i++;
            else break;
        }
        return i;
    }

    private static bool StartsSentence(Document document, int i)
    {
        var t = document.FoldedToken(i);
        char c = t[0];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '(' or '[' or '-' || char.IsSymbol(c)
            || (char.IsLetter(c) && !char.IsLower(c));
    }

    private static bool IsCapitalized(ReadOnlySpan<char> token) => token.Length > 0 && char.IsUpper(token[0]);

    private static bool HasNewline(string text, int from, int to) =>
        text.AsSpan(from, to - from).IndexOfAny('\n', '\r') >= 0;

    /// <summary>A line break between token i and i+1 that is not a soft wrap inside a sentence.</summary>
    private static bool IsHardBreak(string text, TokenSpan[] tokens, int i)
    {
        if (i + 1 >= tokens.Length) return true;
        var gap = text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End);
        int newlines = 0;
        for (int k = 0; k < gap.Length; k++)
        {
            if (gap[k] == '\n') newlines++;
            else if (gap[k] == '\r' && (k + 1 >= gap.Length || gap[k + 1] != '\n')) newlines++;
        }
        if (newlines == 0) return false;
        if (newlines > 1) return true;
        char lastChar = text[tokens[i].End - 1];
        char nextChar = text[tokens[i + 1].Start];
        bool softWrap = char.IsLower(nextChar) && !(lastChar is '.' or '!' or '?' or ':' or '"' or '\u2026');
        return !softWrap;
    }
}
