using ClaimPipeline.Nlp.Normalization;

namespace ClaimPipeline.Nlp.Tests.Normalization;

public sealed class TextFolderTests
{
    [Fact]
    public void Fold_MapsTypographicMarks_OneCharForOne()
    {
        const string text = "\u201CIt\u2019s\u00A0here\u201D \u2010 \u2028end";
        var folded = TextFolder.Fold(text);
        Assert.Equal(text.Length, folded.Length);
        Assert.Equal("\"It's here\" - \nend", folded);
    }

    [Fact]
    public void Fold_InvisibleMarks_BecomeSpaces()
    {
        const string text = "a\u200Bb\u200Ec\u200Fd\u202Ee\u202Cf\u2067g\u2069h\uFEFFi";
        Assert.Equal("a b c d e f g h i", TextFolder.Fold(text));
    }

    [Fact]
    public void Fold_AsciiText_ReturnsSameInstance()
    {
        const string text = "plain ASCII text";
        Assert.Same(text, TextFolder.Fold(text));
    }

    [Fact]
    public void Fold_DoubledSingleQuotes_BecomeADoubleQuoteAndASpace()
    {
        const string text = "''We lost,'' he said; ``so did we'' and it\u2019s over.";
        var folded = TextFolder.Fold(text);
        Assert.Equal(text.Length, folded.Length);
        Assert.Equal("\" We lost,\"  he said; \" so did we\"  and it's over.", folded);
    }
}
