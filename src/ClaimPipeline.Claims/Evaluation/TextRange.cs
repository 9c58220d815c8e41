namespace ClaimPipeline.Claims.Evaluation;

/// <summary>A half-open range [Start, End) of UTF-16 offsets into an article's text.</summary>
public readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;

    public int Overlap(TextRange other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));
}
