using ClaimPipeline.Nlp.Normalization;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Tests.Shared;

/// <summary>
/// Builds a <see cref="Document"/> by hand, as the NLP stages would leave it for the claim rules: text, folded text,
/// tokens, sentences, paragraphs, part-of-speech tags if given, entities. No model and no lexicon, so a rule test
/// states exactly the tags and entities it relies on, and retraining a model cannot change it.
/// <code>
/// var document = new DocumentBuilder()
///     .Sentence("“ We will win , ” Mujahid said .", tags: "PUNCT PRON AUX VERB PUNCT PUNCT PROPN VERB PUNCT")
///     .Entity("Mujahid", EntityLabel.Person)
///     .Build();   // text: “We will win,” Mujahid said.
/// </code>
/// </summary>
internal sealed class DocumentBuilder
{
    /// <summary>The universal part-of-speech tags, as the shipped tagger's classes name them.</summary>
    public static readonly string[] TagNames =
        ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"];

    // Tokens written without a space before them, and tokens after which none follows, as news text spaces them.
    private static readonly HashSet<string> Closing = new(StringComparer.Ordinal)
        { ".", ",", ";", ":", "!", "?", "...", "…", ")", "]", "}", "%", "”", "’", "'s", "’s", "'", "n't", "n’t" };
    private static readonly HashSet<string> Opening = new(StringComparer.Ordinal) { "(", "[", "{", "“", "‘", "$", "£", "€" };

    private readonly List<string> _tokens = [];
    private readonly List<string?> _tags = [];
    private readonly List<(int First, int End, bool NewParagraph)> _sentences = [];
    private readonly List<(int First, int End, EntityLabel Label)> _entities = [];
    private readonly List<(string Words, EntityLabel Label)> _namedEntities = [];
    private bool _newParagraph;
    private DateOnly? _published;

    /// <summary>
    /// Adds a sentence of <paramref name="tokens"/>, written separated by single spaces. The text joins them as news
    /// text does: no space before closing punctuation (". , ” 's n't"), none after opening marks ("“ ( $"), and a
    /// straight double quote opens and closes in turn. <paramref name="tags"/>, if given, has one UPOS tag per token.
    /// </summary>
    public DocumentBuilder Sentence(string tokens, string? tags = null)
    {
        var words = tokens.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) throw new ArgumentException("a sentence needs at least one token", nameof(tokens));
        var tagList = tags?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tagList is not null && tagList.Length != words.Length)
            throw new ArgumentException($"{words.Length} tokens but {tagList.Length} tags in '{tokens}'", nameof(tags));
        foreach (var tag in tagList ?? [])
            if (Array.IndexOf(TagNames, tag) < 0) throw new ArgumentException($"'{tag}' is not a UPOS tag", nameof(tags));
        _sentences.Add((_tokens.Count, _tokens.Count + words.Length, _newParagraph || _sentences.Count == 0));
        _newParagraph = false;
        for (int i = 0; i < words.Length; i++)
        {
            _tokens.Add(words[i]);
            _tags.Add(tagList?[i]);
        }
        return this;
    }

    /// <summary>The next sentence starts a new paragraph (a blank line in the text).</summary>
    public DocumentBuilder Paragraph()
    {
        _newParagraph = true;
        return this;
    }

    /// <summary>An entity over tokens [<paramref name="firstToken"/>, <paramref name="endToken"/>), counted over the whole document.</summary>
    public DocumentBuilder Entity(int firstToken, int endToken, EntityLabel label)
    {
        _entities.Add((firstToken, endToken, label));
        return this;
    }

    /// <summary>An entity over the tokens <paramref name="words"/> (space-separated), which must occur exactly once.</summary>
    public DocumentBuilder Entity(string words, EntityLabel label)
    {
        _namedEntities.Add((words, label));
        return this;
    }

    public DocumentBuilder Published(DateOnly date)
    {
        _published = date;
        return this;
    }

    public Document Build(string id = "test")
    {
        if (_sentences.Count == 0) throw new InvalidOperationException("add a sentence first");
        var text = new System.Text.StringBuilder();
        var tokens = new TokenSpan[_tokens.Count];
        var sentences = new List<SentenceSpan>();
        var paragraphs = new List<ParagraphSpan>();
        bool quoteOpen = false;
        foreach (var (first, end, newParagraph) in _sentences)
        {
            if (newParagraph && sentences.Count > 0) paragraphs.Add(Paragraph(paragraphs, sentences));
            for (int t = first; t < end; t++)
            {
                var token = _tokens[t];
                bool opensQuote = token == "\"" && !quoteOpen;
                if (token == "\"") quoteOpen = !quoteOpen;
                if (text.Length > 0) text.Append(t > first ? Separator(_tokens[t - 1], token, opensQuote, quoteOpen) : newParagraph ? "\n\n" : " ");
                tokens[t] = new TokenSpan(text.Length, text.Length + token.Length, KindOf(token));
                text.Append(token);
            }
            sentences.Add(new SentenceSpan(first, end, tokens[first].Start, tokens[end - 1].End, paragraphs.Count));
        }
        paragraphs.Add(Paragraph(paragraphs, sentences));

        var document = new Document(id, text.ToString()) { Published = _published };
        document.Folded = TextFolder.Fold(document.Text);
        document.Tokens = tokens;
        document.Sentences = [.. sentences];
        document.Paragraphs = [.. paragraphs];
        document.Entities = Entities(tokens);
        if (_tags.Any(tag => tag is not null))
        {
            if (_tags.Any(tag => tag is null)) throw new InvalidOperationException("give tags for every sentence or for none");
            document.TagNames = TagNames;
            document.Tags = _tags.Select(tag => (byte)Array.IndexOf(TagNames, tag)).ToArray();
        }
        return document;
    }

    /// <summary>What goes between two tokens of a sentence: nothing, or one space.</summary>
    private static string Separator(string previous, string token, bool opensQuote, bool quoteOpenAfter)
    {
        if (token == "\"") return opensQuote ? " " : "";
        if (Closing.Contains(token)) return "";
        if (previous == "\"") return quoteOpenAfter ? "" : " ";
        return Opening.Contains(previous) ? "" : " ";
    }

    private static ParagraphSpan Paragraph(List<ParagraphSpan> paragraphs, List<SentenceSpan> sentences)
    {
        int first = paragraphs.Count == 0 ? 0 : paragraphs[^1].EndSentence;
        return new ParagraphSpan(first, sentences.Count, sentences[first].Start, sentences[^1].End);
    }

    private EntitySpan[] Entities(TokenSpan[] tokens)
    {
        var ranges = new List<(int First, int End, EntityLabel Label)>(_entities);
        foreach (var (words, label) in _namedEntities)
        {
            var sought = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var starts = Enumerable.Range(0, _tokens.Count - sought.Length + 1)
                .Where(t => sought.Select((word, k) => _tokens[t + k] == word).All(match => match)).ToList();
            if (starts.Count != 1)
                throw new InvalidOperationException($"entity '{words}' occurs {starts.Count} times; give its token range instead");
            ranges.Add((starts[0], starts[0] + sought.Length, label));
        }
        ranges.Sort((a, b) => a.First.CompareTo(b.First));
        for (int i = 0; i < ranges.Count; i++)
        {
            var (first, end, _) = ranges[i];
            if (first < 0 || end > tokens.Length || first >= end) throw new InvalidOperationException($"entity [{first}, {end}) is not a token range of the document");
            if (i > 0 && ranges[i - 1].End > first) throw new InvalidOperationException($"entities [{ranges[i - 1].First}, {ranges[i - 1].End}) and [{first}, {end}) overlap");
        }
        return ranges.Select(r => new EntitySpan(r.First, r.End, tokens[r.First].Start, tokens[r.End - 1].End, r.Label)).ToArray();
    }

    private static TokenKind KindOf(string token)
    {
        if (token.StartsWith("http", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.Ordinal)) return TokenKind.Url;
        if (char.IsDigit(token[0])) return TokenKind.Number;
        if (token.Any(char.IsLetter)) return TokenKind.Word;
        return char.IsPunctuation(token[0]) ? TokenKind.Punctuation : TokenKind.Symbol;
    }
}
