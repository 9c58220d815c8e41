using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Qualifiers;

/// <summary>
/// "rose 2%", "fell by just 28%", "have risen, by 19%", "cuts of 9.6%", "up 2.6%": a word of change
/// (change-words.tsv) before the number, across up to three fillers (change-context.tsv, "filler"), makes it the
/// size of a rise or fall. With "by" before the number, a verb of change may stand before a short object ("cut its
/// workforce by 10%"), and a verb that is one only with "by" counts ("raised rates by 0.25 points"). "picked up five
/// nominations" is a phrasal verb (change-context.tsv, "particle"), and "up to" a bound.
/// </summary>
public sealed class ChangeWordBefore(NumberLexicons lexicons) : QuantityQualifier
{
    /// <summary>How many tokens before the number are looked at: "rose by just 28%".</summary>
    private const int MaxSkipped = 3;

    /// <summary>How many words the object between a verb and "by" may have: "raised the price of petrol by 2p".</summary>
    private const int MaxObject = 4;

    public override void Apply(Document document, SentenceSpan sentence, ref QuantityDraft quantity, List<FoundQuantity> found)
    {
        if (quantity.Change is null && !quantity.KeepsLevel) quantity.Change = Before(document, sentence, quantity.First);
    }

    /// <summary>"up" or "down" from a word of change before token <paramref name="first"/>, or null.</summary>
    public string? Before(Document document, SentenceSpan sentence, int first)
    {
        var context = lexicons.ChangeContext;
        int k = first - 1;
        bool afterBy = false;
        for (int skipped = 0; k >= sentence.FirstToken && skipped < MaxSkipped; k--, skipped++)
        {
            var word = document.FoldedToken(k);
            if (word is "," && k + 1 < first && document.FoldedToken(k + 1) is "by") continue; // "have risen, by 19%"
            if (word is "up" or "down" && k - 1 >= sentence.FirstToken && context.Particle.Contains(document.FoldedToken(k - 1)))
                return null;
            afterBy |= word is "by";
            if (context.Filler.Contains(word)) continue;
            if (word is "of" && k - 1 >= sentence.FirstToken && lexicons.ChangeWords.TryGet(document.FoldedToken(k - 1), out var noun))
                return noun.Of;
            if (lexicons.ChangeWords.TryGet(word, out var change) && (change.Before ?? (afterBy ? change.By : null)) is { } direction
                && !(word is "up" && first < sentence.EndToken && document.FoldedToken(first) is "to"))
                return direction;
            return afterBy ? OverObject(document, sentence, k) : null;
        }
        return null;
    }

    /// <summary>"cut its workforce by 10%": a verb of change at most <see cref="MaxObject"/> tokens before token
    /// <paramref name="last"/>, the object's last word, with no clause boundary or other number between.</summary>
    private string? OverObject(Document document, SentenceSpan sentence, int last)
    {
        for (int k = last; k >= sentence.FirstToken && k >= last - MaxObject; k--)
        {
            var token = document.Tokens[k];
            var word = document.FoldedToken(k);
            if (token.Kind is TokenKind.Number or TokenKind.Punctuation || IsClauseBoundary(word)) return null;
            if (lexicons.ChangeWords.TryGet(word, out var change) && (change.Before ?? change.By) is { } direction)
                return word is "up" or "down" ? null : direction;
        }
        return null;
    }

    /// <summary>Words that end the object of the verb: a new clause or a level ("to", "from", "than").</summary>
    private static bool IsClauseBoundary(ReadOnlySpan<char> word) =>
        word is "to" or "from" or "than" or "and" or "or" or "but" or "that" or "which" or "who" or "after" or "before"
            or "while" or "as" or "when" or "if" or "because" or "since" or "was" or "were" or "is" or "are" or "by";
}
