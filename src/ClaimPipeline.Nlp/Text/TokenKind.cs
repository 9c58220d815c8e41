namespace ClaimPipeline.Nlp.Text;

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Symbol,
    Url,
}
