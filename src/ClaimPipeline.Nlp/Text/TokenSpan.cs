namespace ClaimPipeline.Nlp.Text;

/// <summary>A token as a half-open range [Start, End) of UTF-16 offsets into <see cref="Document.Text"/>.</summary>
public readonly record struct TokenSpan(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;
}
