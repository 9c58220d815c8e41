using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Qualifiers;

/// <summary>
/// "rose 2%", "fell by just 28%", "have risen, by 19%", "cuts of 9.6%", "up 2.6%": a word of change
/// (change-words.tsv) before the number, across up to three fillers (change-context.tsv, "filler"), makes it the
/// size of a rise or fall. With "by" before the number, a verb of change may stand before an object ("cut the length
/// of the journey by 40%"), and a verb that is one only with "by" counts ("raised rates by 0.25 points"). No change:
/// a phrasal verb ("picked up five nominations", "make up 40%"; change-context.tsv, "particle" and "session"), a level
/// crossed ("fell below 5%", "climbed past 30,000": "threshold"), a word in a name ("Mini JCW Rally 7 hours") or after
/// "the" ("the lower half"), a time before or after another event ("two weeks ago", "four days later"), and a loss of
/// things that are no measure ("lost 8 of its last 10 matches"), or a candidate's votes ("gained 66% of the vote").
/// </summary>
public sealed class ChangeWordBefore(NumberLexicons lexicons) : QuantityQualifier
{
    /// <summary>How many tokens before the number are looked at: "rose by just 28%".</summary>
    private const int MaxSkipped = 3;

    /// <summary>How many words the object between a verb and "by" may have: "cut the length of the journey by 40%".</summary>
    private const int MaxObject = 8;

    public override void Apply(Document document, SentenceSpan sentence, ref QuantityDraft quantity, List<FoundQuantity> found)
    {
        if (quantity.Change is not null || quantity.KeepsLevel || TimeOfAnotherEvent(document, sentence, quantity)) return;
        if (PastALevel(document, sentence, ref quantity)) return;
        if (Find(document, sentence, quantity.First, quantity.Unit) is not var (direction, word)) return;
        var context = lexicons.ChangeContext;
        // "fell below 5%": the bound is the level crossed; BoundAsChange writes it.
        if (quantity.Qualifier is not null && context.Threshold.Contains(document.FoldedToken(quantity.Start - 1))) return;
        var verb = document.FoldedToken(word);
        if (context.Losing.Contains(verb) && !Measured(document, sentence, quantity)) return;
        if (lexicons.ChangeWords.TryGet(verb, out var change) && change.Before == "up" && IsVote(document, sentence, quantity)) return;
        quantity.Change = direction;
    }

    /// <summary>"up" or "down" from a word of change before token <paramref name="first"/>, or null.</summary>
    public string? Before(Document document, SentenceSpan sentence, int first) => Find(document, sentence, first, null)?.Direction;

    /// <summary>The direction and the token of the word of change before token <paramref name="first"/>, or null.</summary>
    private (string Direction, int Word)? Find(Document document, SentenceSpan sentence, int first, string? unit)
    {
        var context = lexicons.ChangeContext;
        int k = first - 1;
        bool afterBy = false;
        for (int skipped = 0; k >= sentence.FirstToken && skipped < MaxSkipped; k--, skipped++)
        {
            var word = document.FoldedToken(k);
            if (word is "," && k + 1 < first && document.FoldedToken(k + 1) is "by") continue; // "have risen, by 19%"
            if (word is "up" or "down" && k - 1 >= sentence.FirstToken && IsParticle(document.FoldedToken(k - 1), unit))
                return null;
            afterBy |= word is "by";
            if (context.Filler.Contains(word)) continue;
            if (word is "of" && k - 1 >= sentence.FirstToken && lexicons.ChangeWords.TryGet(document.FoldedToken(k - 1), out var noun))
                return noun.Of is { } of && !InName(document, sentence, k - 1) ? (of, k - 1) : null;
            if (lexicons.ChangeWords.TryGet(word, out var change) && (change.Before ?? (afterBy ? change.By : null)) is { } direction
                && !(word is "up" && first < sentence.EndToken && document.FoldedToken(first) is "to"))
                return NameOrAdjective(document, sentence, k) ? null : (direction, k);
            return afterBy ? OverObject(document, sentence, k) : null;
        }
        return null;
    }

    /// <summary>"made up 40%", "closed down 96 charities"; but a session's close is a change in a share, points or money ("closed down 3.2%").</summary>
    private bool IsParticle(ReadOnlySpan<char> verb, string? unit)
    {
        var context = lexicons.ChangeContext;
        return context.Particle.Contains(verb)
            || (context.Session.Contains(verb) && !lexicons.UnitKinds.SignsAChange(unit)
                && !(unit is not null && lexicons.UnitKinds.CountsNothing(unit) && lexicons.UnitDimensions.OfUnit(unit) is not "time"));
    }

    /// <summary>"the Mini JCW Rally 7 hours": a word of change capitalised inside the sentence is part of a name; not
    /// after punctuation, where it may start a clause ("(Increase of 29% …)").</summary>
    public static bool InName(Document document, SentenceSpan sentence, int k) =>
        k > sentence.FirstToken && char.IsUpper(document.TokenText(k)[0]) && document.Tokens[k - 1].Kind != TokenKind.Punctuation;

    /// <summary>A word of change in a name, or an adjective after "the" ("in the lower half"), not a verb.</summary>
    private static bool NameOrAdjective(Document document, SentenceSpan sentence, int k) =>
        InName(document, sentence, k) || (k > sentence.FirstToken && document.FoldedToken(k - 1) is "the");

    /// <summary>"cut its workforce by 10%": a verb of change at most <see cref="MaxObject"/> tokens before token
    /// <paramref name="last"/>, the object's last word, with no clause boundary or other number between.</summary>
    private (string Direction, int Word)? OverObject(Document document, SentenceSpan sentence, int last)
    {
        for (int k = last; k >= sentence.FirstToken && k >= last - MaxObject; k--)
        {
            var token = document.Tokens[k];
            var word = document.FoldedToken(k);
            if (token.Kind is TokenKind.Number or TokenKind.Punctuation || IsClauseBoundary(word)) return null;
            if (lexicons.ChangeWords.TryGet(word, out var change) && (change.Before ?? change.By) is { } direction)
                return word is "up" or "down" || NameOrAdjective(document, sentence, k) ? null : (direction, k);
        }
        return null;
    }

    /// <summary>"climbed past 30,000": "past" after a word of change or movement is a lower bound, the level crossed.</summary>
    private bool PastALevel(Document document, SentenceSpan sentence, ref QuantityDraft quantity)
    {
        int past = quantity.First - 1;
        if (quantity.Qualifier is not null || past - 1 < sentence.FirstToken || document.FoldedToken(past) is not "past") return false;
        var verb = document.FoldedToken(past - 1);
        if (!lexicons.ChangeWords.TryGet(verb, out _) && !lexicons.ChangeContext.Movement.Contains(verb)) return false;
        quantity.Qualifier = document.Slice(document.Tokens[past].Start, document.Tokens[past].End);
        quantity.Bound = ">";
        quantity.First = past;
        return true;
    }

    /// <summary>"a rate hike two weeks ago", "woke up four days later": the time between two events, no change.</summary>
    private static bool TimeOfAnotherEvent(Document document, SentenceSpan sentence, in QuantityDraft quantity) =>
        quantity.Time is not null
        || (quantity.End < sentence.EndToken && document.FoldedToken(quantity.End) is "ago" or "later" or "earlier");

    /// <summary>
    /// What a verb of losing takes is a fall when it is measured: a share, points, money, a physical measure, a thing
    /// listed as measured ("jobs", "seats"), or a bare number ("the index lost 300") but not a part of a whole ("lost
    /// 8 of its last 10"); not games, elections, lives or hours.
    /// </summary>
    private bool Measured(Document document, SentenceSpan sentence, in QuantityDraft quantity)
    {
        var unit = quantity.Unit;
        if (unit is null or "-")
            return quantity.End >= sentence.EndToken || document.FoldedToken(quantity.End) is not "of";
        if (lexicons.UnitKinds.SignsAChange(unit) || lexicons.ChangeContext.Measured.Contains(unit)) return true;
        var dimension = lexicons.UnitDimensions.Of(document, unit, quantity.Start, quantity.End);
        return dimension is not (null or "count" or "time");
    }

    /// <summary>"gained 66% of the vote", "gained 2,744 ballots": a candidate's votes, not a rise.</summary>
    private bool IsVote(Document document, SentenceSpan sentence, in QuantityDraft quantity)
    {
        var votes = lexicons.ChangeContext.Vote;
        int end = quantity.End;
        if (end > quantity.NumberStart && votes.Contains(document.FoldedToken(end - 1))) return true;
        return end + 2 < sentence.EndToken && document.FoldedToken(end) is "of" && document.FoldedToken(end + 1) is "the"
            && votes.Contains(document.FoldedToken(end + 2));
    }

    /// <summary>Words that end the object of the verb: a new clause or a level ("to", "from", "than").</summary>
    private static bool IsClauseBoundary(ReadOnlySpan<char> word) =>
        word is "to" or "from" or "than" or "and" or "or" or "but" or "that" or "which" or "who" or "after" or "before"
            or "while" or "as" or "when" or "if" or "because" or "since" or "was" or "were" or "is" or "are" or "by";
}
