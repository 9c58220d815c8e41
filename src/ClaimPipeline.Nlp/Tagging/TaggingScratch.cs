namespace ClaimPipeline.Nlp.Tagging;

/// <summary>Per-document working memory of a tagger: buffers reused across sentences and document-level memory.</summary>
public sealed class TaggingScratch
{
    private int[] _tokenFlags = new int[64];

    /// <summary>Per-token bit flags of the current sentence (for example gazetteer hits), indexed from its first token.</summary>
    public Span<int> TokenFlags(int count)
    {
        if (_tokenFlags.Length < count) _tokenFlags = new int[Math.Max(count, _tokenFlags.Length * 2)];
        var flags = _tokenFlags.AsSpan(0, count);
        flags.Clear();
        return flags;
    }

    public ReadOnlySpan<int> CurrentFlags(int count) => _tokenFlags.AsSpan(0, count);

    private (int Right, int Left, int Capitalized)[] _tokenClasses = new (int, int, int)[64];

    /// <summary>Per-token word classes of the current sentence, looked up once per sentence instead of once per use.</summary>
    public Span<(int Right, int Left, int Capitalized)> TokenClasses(int count)
    {
        if (_tokenClasses.Length < count) _tokenClasses = new (int, int, int)[Math.Max(count, _tokenClasses.Length * 2)];
        return _tokenClasses.AsSpan(0, count);
    }

    public ReadOnlySpan<(int Right, int Left, int Capitalized)> CurrentTokenClasses(int count) => _tokenClasses.AsSpan(0, count);

    private (int Small, int Middle, int Large)[] _vectorClusters = new (int, int, int)[64];

    /// <summary>Per-token word-vector clusters of the current sentence (-1 for a word the table lacks), looked up once per sentence.</summary>
    public Span<(int Small, int Middle, int Large)> VectorClusters(int count)
    {
        if (_vectorClusters.Length < count) _vectorClusters = new (int, int, int)[Math.Max(count, _vectorClusters.Length * 2)];
        return _vectorClusters.AsSpan(0, count);
    }

    public ReadOnlySpan<(int Small, int Middle, int Large)> CurrentVectorClusters(int count) => _vectorClusters.AsSpan(0, count);

    /// <summary>The last label given to each word form in this document (document-level consistency).</summary>
    public Dictionary<string, int> DocumentLabels { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> DocumentLabelLookup =>
        DocumentLabels.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The first pass's label of every token of the document, for the second pass; null in a first pass.</summary>
    public int[]? FirstPassLabels { get; set; }

    /// <summary>Per capitalised word form: a bit per entity type the first pass gave it anywhere in the document.</summary>
    public Dictionary<string, int> FirstPassTypes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> FirstPassTypeLookup =>
        FirstPassTypes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The text domain (0: none; see <see cref="NewsDomain"/>). With a domain, every feature also fires in a copy
    /// specific to it, so a model trained on several corpora keeps what is common and what is particular to each.
    /// </summary>
    public int Domain { get; set; }

    /// <summary>Where the document's capitalised words occur and how it writes them elsewhere (document-level features).</summary>
    public DocumentWordIndex WordIndex { get; } = new();

    private ulong[] _gazetteerBits = new ulong[64];

    /// <summary>Per-token typed-gazetteer classes of the current sentence: 16 bits per place in the match (B, I, L, U).</summary>
    public Span<ulong> GazetteerBits(int count)
    {
        if (_gazetteerBits.Length < count) _gazetteerBits = new ulong[Math.Max(count, _gazetteerBits.Length * 2)];
        var bits = _gazetteerBits.AsSpan(0, count);
        bits.Clear();
        return bits;
    }

    public ReadOnlySpan<ulong> CurrentGazetteerBits(int count) => _gazetteerBits.AsSpan(0, count);

    /// <summary>The current token's part of the label-reading features, set by <see cref="ISplitSequenceFeatures.ExtractFixed"/>.</summary>
    public (ulong Word, ulong Shape) HistoryKeys { get; set; }

    /// <summary>The beam's working arrays, reused across sentences.</summary>
    public BeamState Beam { get; } = new();

    private int[] _memoryCodes = new int[64];

    /// <summary>Per-token name-memory matches of the current sentence (0: none), from <see cref="NameMemory"/>.</summary>
    public Span<int> MemoryCodes(int count)
    {
        if (_memoryCodes.Length < count) _memoryCodes = new int[Math.Max(count, _memoryCodes.Length * 2)];
        var codes = _memoryCodes.AsSpan(0, count);
        codes.Clear();
        return codes;
    }

    public ReadOnlySpan<int> CurrentMemoryCodes(int count) => _memoryCodes.AsSpan(0, count);

    /// <summary>While training, the tenth of the training documents this one is in: its own names are hidden from it (-1: none).</summary>
    public int NameMemoryFold { get; set; } = -1;

    public void Reset()
    {
        NameMemoryFold = -1;
        WordIndex.Clear();
        DocumentLabels.Clear();
        FirstPassTypes.Clear();
        FirstPassLabels = null;
    }
}
