using ClaimPipeline.Claims.Numbers.Readers;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Qualifiers;

/// <summary>
/// "13% greater than last year", "500 fewer than in 2003": a comparative after the quantity and "than" an earlier
/// time (change-context.tsv, "higher", "lower", "earlier": "than last year", "than pre-pandemic levels") make it a rise
/// or fall; with anything else after "than" it is a difference between two things, which keeps its qualifier: "=" ("18%
/// higher than in France", "six years older than"), "~" ("about 20% higher than in normal times"), "&gt;" ("dozens of
/// times higher than").
/// </summary>
public sealed class ComparedWithEarlier(NumberLexicons lexicons) : QuantityQualifier
{
    /// <summary>How many words after "than" may name the earlier time: "than in the same period a year earlier".</summary>
    private const int MaxTimeWords = 6;

    public override void Apply(Document document, SentenceSpan sentence, ref QuantityDraft quantity, List<FoundQuantity> found)
    {
        int end = quantity.End;
        var context = lexicons.ChangeContext;
        if (quantity.Change is not null || quantity.KeepsLevel || end + 2 >= sentence.EndToken || document.FoldedToken(end + 1) is not "than")
            return;
        var comparative = document.FoldedToken(end);
        string? direction = context.Higher.Contains(comparative) ? "up" : context.Lower.Contains(comparative) ? "down" : null;
        if (direction is null) return;
        quantity.Change = Earlier(document, sentence, end + 2) ? direction : quantity.Bound ?? "=";
    }

    /// <summary>An earlier time within the words from token <paramref name="t"/>, before any punctuation.</summary>
    private bool Earlier(Document document, SentenceSpan sentence, int t)
    {
        for (int k = t; k < sentence.EndToken && k < t + MaxTimeWords; k++)
        {
            if (document.Tokens[k].Kind == TokenKind.Punctuation) return false;
            if (lexicons.ChangeContext.Earlier.Contains(document.FoldedToken(k)) || CalendarTokens.TryYear(document, k, out _)) return true;
        }
        return false;
    }
}
