using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Qualifiers;

/// <summary>
/// "went up to 5.5%", "rose up to", "added up to": after a word of change or of movement (change-context.tsv,
/// "movement"), "up to" gives the level a rise reached, "=", not an upper bound.
/// </summary>
public sealed class LevelReached(NumberLexicons lexicons) : QuantityQualifier
{
    public override void Apply(Document document, SentenceSpan sentence, ref QuantityDraft quantity, List<FoundQuantity> found)
    {
        int first = quantity.First;
        if (quantity.Qualifier is not { } qualifier || quantity.Bound is not "<" || first <= sentence.FirstToken
            || !qualifier.StartsWith("up", StringComparison.OrdinalIgnoreCase))
            return;
        var verb = document.FoldedToken(first - 1);
        if (lexicons.ChangeWords.TryGet(verb, out _) || lexicons.ChangeContext.Movement.Contains(verb)) quantity.Bound = "=";
    }
}
