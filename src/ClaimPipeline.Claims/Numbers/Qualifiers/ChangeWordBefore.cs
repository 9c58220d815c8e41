using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Qualifiers;

/// <summary>
/// "rose 2%", "fell by just 28%", "have risen, by 19%", "cuts of 9.6%", "up 2.6%": a word of change
/// (change-words.tsv) before the number, across up to three fillers (change-context.tsv, "filler"), makes it the
/// size of a rise or fall. "picked up five nominations" is a phrasal verb (change-context.tsv, "particle"), and
/// "up to" a bound.
/// </summary>
public sealed class ChangeWordBefore(NumberLexicons lexicons) : QuantityQualifier
{
    /// <summary>How many tokens before the number are looked at: "rose by just 28%".</summary>
    private const int MaxSkipped = 3;

    public override void Apply(Document document, SentenceSpan sentence, ref QuantityDraft quantity, List<FoundQuantity> found)
    {
        if (quantity.Change is null && !quantity.KeepsLevel) quantity.Change = Before(document, sentence, quantity.First);
    }

    /// <summary>"up" or "down" from a word of change before token <paramref name="first"/>, or null.</summary>
    public string? Before(Document document, SentenceSpan sentence, int first)
    {
        var context = lexicons.ChangeContext;
        int k = first - 1;
        for (int skipped = 0; k >= sentence.FirstToken && skipped < MaxSkipped; k--, skipped++)
        {
            var word = document.FoldedToken(k);
            if (word is "," && k + 1 < first && document.FoldedToken(k + 1) is "by") continue; // "have risen, by 19%"
            if (word is "up" or "down" && k - 1 >= sentence.FirstToken && context.Particle.Contains(document.FoldedToken(k - 1)))
                return null;
            if (context.Filler.Contains(word)) continue;
            if (word is "of" && k - 1 >= sentence.FirstToken && lexicons.ChangeWords.TryGet(document.FoldedToken(k - 1), out var noun))
                return noun.Of;
            if (lexicons.ChangeWords.TryGet(word, out var change) && change.Before is { } direction
                && !(word is "up" && first < sentence.EndToken && document.FoldedToken(first) is "to"))
                return direction;
            return null;
        }
        return null;
    }
}
