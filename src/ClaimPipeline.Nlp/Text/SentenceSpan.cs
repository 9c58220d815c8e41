namespace ClaimPipeline.Nlp.Text;

/// <summary>A sentence: tokens [FirstToken, EndToken) and characters [Start, End) of the text.</summary>
public readonly record struct SentenceSpan(int FirstToken, int EndToken, int Start, int End, int Paragraph)
{
    public int TokenCount => EndToken - FirstToken;
}
