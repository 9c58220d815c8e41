namespace ClaimPipeline.Nlp.Text;

/// <summary>
/// An article: its text exactly as read, plus arrays of spans that point into it. Stages add layers; none
/// rewrites <see cref="Text"/>. <see cref="Folded"/> has the same length as the text, so its offsets are the text's.
/// The NLP layers are properties; other assemblies attach theirs in slots through a <see cref="DocumentKey{T}"/>.
/// </summary>
public sealed class Document
{
    private object?[] _slots = [];

    public Document(string id, string text)
    {
        Id = id;
        Text = text;
        Folded = text;
    }

    public string Id { get; }
    public string Text { get; }

    /// <summary>Publication date when known; relative time expressions resolve against it.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The text with curly quotes, odd spaces and hyphens folded to ASCII, one char for one char.</summary>
    public string Folded { get; set; }

    public TokenSpan[] Tokens { get; set; } = [];
    public SentenceSpan[] Sentences { get; set; } = [];
    public ParagraphSpan[] Paragraphs { get; set; } = [];
    public EntitySpan[] Entities { get; set; } = [];

    /// <summary>Part-of-speech tag of each token, as an index into <see cref="TagNames"/> (UPOS).</summary>
    public byte[] Tags { get; set; } = [];
    public string[] TagNames { get; set; } = [];

    /// <summary>The layer attached under <paramref name="key"/>, or null when no one has set it.</summary>
    public T? Get<T>(DocumentKey<T> key) where T : class
    {
        var slots = _slots;
        return key.Index < slots.Length ? (T?)slots[key.Index] : null;
    }

    /// <summary>The layer attached under <paramref name="key"/>, first attaching the key's empty one if there is none.</summary>
    public T GetOrAdd<T>(DocumentKey<T> key) where T : class
    {
        if (Get(key) is { } value) return value;
        value = key.Create();
        Set(key, value);
        return value;
    }

    /// <summary>Attaches <paramref name="value"/> under <paramref name="key"/>, replacing what was there.</summary>
    public void Set<T>(DocumentKey<T> key, T value) where T : class
    {
        if (key.Index >= _slots.Length) Array.Resize(ref _slots, Math.Max(key.Index + 1, DocumentSlots.Count));
        _slots[key.Index] = value;
    }

    public ReadOnlySpan<char> TokenText(int token) =>
        Text.AsSpan(Tokens[token].Start, Tokens[token].Length);

    /// <summary>The token's text with quotes and apostrophes folded: compare lexicon entries against this.</summary>
    public ReadOnlySpan<char> FoldedToken(int token) =>
        Folded.AsSpan(Tokens[token].Start, Tokens[token].Length);

    public string Slice(int start, int end) => Text.Substring(start, end - start);

    /// <summary>Index of the token that contains or starts at or after <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].End <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>Index of the sentence that contains token <paramref name="token"/>, or -1.</summary>
    public int SentenceOfToken(int token)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Sentences[mid].EndToken <= token) lo = mid + 1;
            else if (Sentences[mid].FirstToken > token) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>Index of the first entity that starts at or after token <paramref name="token"/> (Entities.Length if none).</summary>
    public int FirstEntityFrom(int token)
    {
        int lo = 0, hi = Entities.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Entities[mid].FirstToken < token) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>Index of the entity covering token <paramref name="token"/>, or -1.</summary>
    public int EntityAtToken(int token)
    {
        int lo = 0, hi = Entities.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Entities[mid].EndToken <= token) lo = mid + 1;
            else if (Entities[mid].FirstToken > token) hi = mid - 1;
            else return mid;
        }
        return -1;
    }
}
