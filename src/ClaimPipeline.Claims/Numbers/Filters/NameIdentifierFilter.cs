using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Filters;

/// <summary>
/// "Section 427", "Radio 4", "BBC News 24": digits after a capitalised word, counting nothing, name something; not
/// after a country (non-quantity-words.tsv, "country": "US 500") nor after the sentence's first word, which is
/// capitalised anyway ("About 40 were hurt"). A signed number names nothing ("the Dow -120").
/// </summary>
public sealed class NameIdentifierFilter(NumberLexicons lexicons) : NonQuantityFilter
{
    public override bool Rejects(Document document, SentenceSpan sentence, in QuantityDraft quantity)
    {
        var number = quantity.Number;
        int t = quantity.Start;
        if (quantity.Unit is not null || number.Spelled || number.Negative || quantity.Currency is not null || t - 1 <= sentence.FirstToken
            || document.Tokens[t - 1].Kind != TokenKind.Word)
            return false;
        var previous = document.FoldedToken(t - 1);
        return char.IsUpper(previous[0]) && !lexicons.NonQuantityWords.Country.Contains(previous);
    }
}
