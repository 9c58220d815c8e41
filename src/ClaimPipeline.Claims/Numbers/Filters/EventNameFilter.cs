using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Filters;

/// <summary>
/// "the 100m champion", "a 5,000m finalist", "the 800m and 1,500m world champion": a distance written into its number
/// before a person the race names (non-quantity-words.tsv, "titleholder", across "title-modifier" words) is the name
/// of an event, not a length. "He ran the 100m in 9.8 seconds" and "the 60m hurdles" keep their distance.
/// </summary>
public sealed class EventNameFilter(NumberLexicons lexicons) : NonQuantityFilter
{
    /// <summary>How many modifiers may stand between the distance and the person: "800m world indoor champion".</summary>
    private const int Modifiers = 2;

    public override bool Rejects(Document document, SentenceSpan sentence, in QuantityDraft quantity)
    {
        if (quantity.Currency is not null || quantity.Number.TokenUnit is null || quantity.Number.Spelled) return false;
        var words = lexicons.NonQuantityWords;
        int k = quantity.End, limit = sentence.EndToken;
        // "the 800m and 1,500m champion": the title follows the last of the coordinated distances.
        if (k + 1 < limit && document.FoldedToken(k) is "and" or "," or "/" && document.Tokens[k + 1].Kind == TokenKind.Number) k += 2;
        for (int skipped = 0; k < limit && skipped < Modifiers && words.TitleModifier.Contains(document.FoldedToken(k)); skipped++) k++;
        return k < limit && words.Titleholder.Contains(document.FoldedToken(k));
    }
}
