namespace ClaimPipeline.Nlp.Pipeline;

/// <summary>
/// One kind of annotation a document can carry, such as its tokens or its quotes. Stages declare the layers they
/// require, read and produce, and <see cref="TextPipeline"/> checks the order against them. A layer is known by
/// reference, so any assembly can declare its own (ClaimPipeline.Claims declares the claim layers); the NLP core
/// declares its layers here.
/// </summary>
public sealed class Layer(string name)
{
    /// <summary>The text as read: every document has it before any stage runs.</summary>
    public static Layer Text { get; } = new("text");

    /// <summary><see cref="Text.Document.Folded"/>: the text with quotes, spaces and hyphens folded.</summary>
    public static Layer Folded { get; } = new("folded text");

    public static Layer Tokens { get; } = new("tokens");
    public static Layer Sentences { get; } = new("sentences");
    public static Layer Paragraphs { get; } = new("paragraphs");
    public static Layer Entities { get; } = new("entities");

    /// <summary><see cref="Text.Document.Tags"/>: a universal part-of-speech tag for every token.</summary>
    public static Layer PartsOfSpeech { get; } = new("part-of-speech tags");

    /// <summary>How error messages name the layer ("part-of-speech tags").</summary>
    public string Name => name;

    public override string ToString() => name;
}
