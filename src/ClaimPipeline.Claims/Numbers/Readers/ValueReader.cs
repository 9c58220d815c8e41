using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// Reads a number's value from the tokens at <c>t</c>, within a sentence ending at <c>limit</c>, or returns null
/// when the token does not start a number it reads. <see cref="NumberReader"/> tries the readers in the order of
/// <see cref="NumberGrammar"/>; the first that reads a number wins.
/// </summary>
public abstract class ValueReader
{
    /// <summary>The first characters of every token it can read at, in either case ("0123456789" for digits).</summary>
    public abstract string OpeningCharacters { get; }

    /// <summary>Its opening characters match in their own case only ("RM7.8": capitals; every lowercase word skips it).</summary>
    public virtual bool OpensInExactCase => false;

    public abstract NumberExpression? Read(Document document, int t, int limit);
}
