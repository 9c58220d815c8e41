namespace ClaimPipeline.Claims.Evaluation;

/// <summary>
/// One annotated attribution: its content (possibly discontinuous), its source spans (none for an attribution
/// without a stated source) and whether it is a direct quote (the content holds a quotation mark).
/// </summary>
public sealed record GoldAttribution(IReadOnlyList<TextRange> Content, IReadOnlyList<TextRange> Source, bool Direct)
{
    /// <summary>The cue's spans ("said", "according to", "told … that"); empty when the annotation marks none.</summary>
    public IReadOnlyList<TextRange> Cue { get; init; } = [];

    public int ContentLength
    {
        get
        {
            int length = 0;
            foreach (var range in Content) length += range.Length;
            return length;
        }
    }

    /// <summary>The share of the content's characters that <paramref name="claim"/> covers.</summary>
    public double CoveredBy(TextRange claim)
    {
        int length = ContentLength;
        if (length == 0) return 0;
        int covered = 0;
        foreach (var range in Content) covered += range.Overlap(claim);
        return (double)covered / length;
    }

    /// <summary>True when the content contains a straight or curly double quotation mark.</summary>
    public static bool IsDirect(string text, IReadOnlyList<TextRange> content)
    {
        foreach (var range in content)
            if (HasQuotationMark(text.AsSpan(range.Start, range.Length))) return true;
        return false;
    }

    /// <summary>
    /// The test of directness, shared by gold contents and predicted rows: a straight or curly double quotation
    /// mark, or two single quotes standing for one (''like this'', as the New York Times texts of PolNeAR write it).
    /// </summary>
    public static bool HasQuotationMark(ReadOnlySpan<char> text) =>
        text.IndexOfAny('"', '\u201C', '\u201D') >= 0 || text.IndexOf("''", StringComparison.Ordinal) >= 0;
}
