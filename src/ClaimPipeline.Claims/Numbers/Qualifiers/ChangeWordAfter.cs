using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Qualifiers;

/// <summary>
/// "a 3% rise", "337,000 new jobs added": a word of change right after the quantity, by its "after" direction (a noun
/// or a participle that takes what it adds or removes); not "two planes crashed", whose subject the number is, nor "10
/// miles down the road", where "up" and "down" are adverbs of place. A share, points or money may have up to two
/// modifiers before the noun ("a 7.5% wage hike", "50% YoY growth"); a word in a name ("48MW Lower Kalnai") or a time
/// between two events ("a hike two weeks ago") is no change.
/// </summary>
public sealed class ChangeWordAfter(NumberLexicons lexicons) : QuantityQualifier
{
    /// <summary>How many modifiers may stand between a share or money and its noun of change: "a 30 percent pay increase".</summary>
    private const int MaxModifiers = 2;

    public override void Apply(Document document, SentenceSpan sentence, ref QuantityDraft quantity, List<FoundQuantity> found)
    {
        int end = quantity.End;
        if (quantity.Change is not null || quantity.KeepsLevel || quantity.Time is not null || end >= sentence.EndToken) return;
        int last = IsAmount(quantity.Unit) ? Math.Min(end + MaxModifiers, sentence.EndToken - 1) : end;
        for (int k = end; k <= last; k++)
        {
            var word = document.FoldedToken(k);
            if (lexicons.ChangeWords.TryGet(word, out var change) && change.After is { } direction)
            {
                if (!ChangeWordBefore.InName(document, sentence, k) && (k == end || IsNoun(document, k))) quantity.Change = direction;
                return;
            }
            if (!IsModifier(document, k)) return;
        }
    }

    /// <summary>A share, points or money: what a noun of change after modifiers measures ("a 30 percent pay increase").</summary>
    private bool IsAmount(string? unit) =>
        unit is not null && (lexicons.UnitKinds.SignsAChange(unit)
            || (lexicons.UnitKinds.CountsNothing(unit) && lexicons.UnitDimensions.OfUnit(unit) is not ("time" or "date")));

    /// <summary>"wage", "discretionary", "YoY": a word, no word of change, not a function word (by its tag or the list).</summary>
    private bool IsModifier(Document document, int k)
    {
        if (document.Tokens[k].Kind != TokenKind.Word || lexicons.ChangeWords.TryGet(document.FoldedToken(k), out _)) return false;
        return UnitReader.Tag(document, k) is not ("ADP" or "DET" or "PRON" or "AUX" or "CCONJ" or "SCONJ" or "PART" or "NUM" or "ADV")
            && !IsFunctionWord(document.FoldedToken(k));
    }

    /// <summary>A noun of change after modifiers is no verb of a clause: "a 5% pay rise", not "5% of staff rise".</summary>
    private static bool IsNoun(Document document, int k) => UnitReader.Tag(document, k) is not ("AUX" or "ADP" or "ADV");

    private static bool IsFunctionWord(ReadOnlySpan<char> word) =>
        word is "of" or "in" or "on" or "at" or "for" or "to" or "from" or "and" or "or" or "but" or "the" or "a" or "an"
            or "that" or "which" or "as" or "than" or "by" or "with" or "is" or "are" or "was" or "were" or "be" or "will"
            or "after" or "before" or "over" or "under" or "since" or "during" or "per" or "each" or "while" or "when" or "if"
            or "has" or "have" or "had" or "would" or "could" or "should" or "may" or "might" or "can" or "not" or "no"
            or "said" or "says" or "its" or "their" or "his" or "her" or "this" or "these" or "those" or "it" or "more" or "less";
}
