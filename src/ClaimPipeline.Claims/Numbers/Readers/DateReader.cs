using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// Reads a date, year or decade starting at token <c>t</c>, or returns null. The date readers run before any
/// quantity is read at a token (<see cref="NumberGrammar"/>): "6 January" is a date, not six of something.
/// </summary>
public abstract class DateReader
{
    /// <summary>The first characters of every token it can read at, in either case.</summary>
    public abstract string OpeningCharacters { get; }

    public abstract DateReading? Read(Document document, SentenceSpan sentence, int t);
}
