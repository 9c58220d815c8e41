using ClaimPipeline.Claims.Numbers.Readers;
using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// Keeps a date or year read in a sentence as a row of its own only when the sentence asserts it (decision 66): a
/// deadline or scheduled date ("the August 31 deadline", "due on 5 May", "by March 2025"), or the date of an event,
/// attached by a preposition to a clause with an event verb ("was arrested in 2010", "the vote is on 6 January"),
/// with no quantity in that clause and no quote or reported claim in the sentence that it could be the time of.
/// Any other date ("sales rose 5% in 2004", "the 2005 budget", a decade: <see cref="SentenceDate"/>) is no row: it
/// becomes the time of the quantities of its clause and of the quote and reported claims of its sentence that have
/// none. Words by role: data/lexicons/date-words.tsv (<see cref="DateWords"/>).
/// </summary>
public sealed class AssertedDates(NumberLexicons lexicons)
{
    /// <summary>How far before a date a deadline word may stand: "due to be held on 5 May".</summary>
    private const int DeadlineWindow = 4;

    /// <summary>How many span words may stand between the preposition and the date: "by the end of 2004".</summary>
    private const int SpanWords = 4;

    private DateWords Words => lexicons.DateWords;

    /// <summary>
    /// Removes from <paramref name="found"/> the dates that are no row, adding them to <paramref name="timesOnly"/>
    /// (which may already hold decades), and gives every date of <paramref name="timesOnly"/> as time to the claims it dates.
    /// </summary>
    public void Select(Document document, SentenceSpan sentence, List<FoundQuantity> found, List<SentenceDate> timesOnly,
        EnclosingClaims speech, List<Claim> speechInSentence)
    {
        bool anyDate = timesOnly.Count > 0;
        foreach (var quantity in found) anyDate |= IsDate(quantity.Claim);
        if (!anyDate) return;
        speechInSentence.Clear();
        speech.Overlapping(sentence.Start, sentence.End, speechInSentence);
        int kept = 0;
        for (int i = 0; i < found.Count; i++)
        {
            var quantity = found[i];
            if (IsDate(quantity.Claim) && !IsRow(document, sentence, found, quantity, speechInSentence.Count > 0))
                timesOnly.Add(new SentenceDate(quantity.First, quantity.End, quantity.Claim.Time ?? document.Slice(quantity.Claim.Start, quantity.Claim.End)));
            else found[kept++] = quantity;
        }
        found.RemoveRange(kept, found.Count - kept);
        for (int i = 0; i < timesOnly.Count; i++)
        {
            var date = timesOnly[i];
            var (first, end) = Clause(document, sentence, AttachedAt(document, sentence, date.First) ?? date.First, date.End);
            bool dated = speechInSentence.Count > 0;
            foreach (var quantity in found)
            {
                if (IsDate(quantity.Claim) || quantity.First >= end || quantity.End <= first) continue;
                quantity.Claim.Time ??= date.Time;
                dated = true;
            }
            foreach (var claim in speechInSentence) claim.Time ??= date.Time;
            timesOnly[i] = date with { Dated = dated };
        }
    }

    /// <summary>
    /// For a quantity still without a time once its clause's time expressions were looked for: the nearest date of its
    /// sentence that dated no claim of its own clause ("Kewell, 26, hopes to be ready for the tie on 22 February"), so
    /// that no date that is no row is lost.
    /// </summary>
    public static string? Undated(List<SentenceDate> timesOnly, FoundQuantity quantity)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var date in timesOnly)
        {
            if (date.Dated) continue;
            int distance = date.First >= quantity.End ? date.First - quantity.End : quantity.First - date.End;
            if (distance < bestDistance) (best, bestDistance) = (date.Time, distance);
        }
        return best;
    }

    private static bool IsDate(Claim claim) => claim.Rule == ClaimRules.NumberDate || claim.Rule == ClaimRules.NumberYear;

    private bool IsRow(Document document, SentenceSpan sentence, List<FoundQuantity> found, FoundQuantity date, bool speechInSentence)
    {
        if (IsDeadline(document, sentence, date.First, date.End)) return true;
        if (date.Claim.Rule == ClaimRules.NumberYear && IsModifier(document, sentence, date.First)) return false;
        if (AttachedAt(document, sentence, date.First) is not { } preposition || speechInSentence) return false;
        var (first, end) = Clause(document, sentence, preposition, date.End);
        foreach (var other in found)
            if (!IsDate(other.Claim) && other.First < end && other.End > first) return false;
        if (Words.Limit.Contains(document.FoldedToken(preposition))) return true;
        // "the vote is on 6 January": a form of "be" right before the preposition dates its subject.
        if (preposition - 1 >= sentence.FirstToken && document.FoldedToken(preposition - 1) is "is" or "are" or "was" or "were" or "be" or "been")
            return true;
        for (int k = first; k < end; k++)
            if ((k < date.First || k >= date.End) && IsEventVerb(document, k)) return true;
        return false;
    }

    /// <summary>"the August 31 deadline", "due on 5 May", "a deadline of 31 March": a deadline word after the date or shortly before it, in its clause.</summary>
    private bool IsDeadline(Document document, SentenceSpan sentence, int first, int end)
    {
        if (end < sentence.EndToken && Words.DeadlineAfter.Contains(document.FoldedToken(end))) return true;
        for (int k = first - 1; k >= sentence.FirstToken && first - k <= DeadlineWindow && !IsBoundary(document, k); k--)
            if (Words.Deadline.Contains(document.FoldedToken(k))) return true;
        return false;
    }

    /// <summary>"the 2005 budget", "his 2004 album", "2018's best": a year that describes the noun after it.</summary>
    private bool IsModifier(Document document, SentenceSpan sentence, int t)
    {
        if (t + 1 >= sentence.EndToken) return false;
        var next = document.FoldedToken(t + 1);
        if (next is "'s" or "s") return true;
        return t > sentence.FirstToken && Words.Determiner.Contains(document.FoldedToken(t - 1)) && document.Tokens[t + 1].Kind == TokenKind.Word;
    }

    /// <summary>The preposition that attaches the date at <paramref name="t"/> ("in 2010", "by the end of 2004", "in March 2002"), or null.</summary>
    private int? AttachedAt(Document document, SentenceSpan sentence, int t)
    {
        for (int k = t - 1; k >= sentence.FirstToken && t - k <= SpanWords + 1; k--)
        {
            var word = document.FoldedToken(k);
            if (Words.Preposition.Contains(word)) return k;
            if (!Words.Span.Contains(word) && !CalendarTokens.IsMonth(lexicons, document, k, out _)) return null;
        }
        return null;
    }

    /// <summary>
    /// The clause of a date phrase [first, end): out to the nearest punctuation or clause-opening word on each side; a
    /// date phrase that opens the sentence before a comma ("In 2004, sales rose 5% and profits 3%") dates the whole
    /// sentence.
    /// </summary>
    private (int First, int End) Clause(Document document, SentenceSpan sentence, int first, int end)
    {
        int left = first - 1;
        while (left >= sentence.FirstToken && !IsBoundary(document, left)) left--;
        if (left < sentence.FirstToken && end < sentence.EndToken && document.FoldedToken(end) is ",") return (sentence.FirstToken, sentence.EndToken);
        int right = end;
        while (right < sentence.EndToken && !IsBoundary(document, right)) right++;
        return (left + 1, right);
    }

    /// <summary>Punctuation between clauses or phrases ("%" and "'" are parts of a quantity or a name).</summary>
    private bool IsBoundary(Document document, int k)
    {
        var word = document.FoldedToken(k);
        return document.Tokens[k].Kind == TokenKind.Punctuation
            ? word is "," or ";" or ":" or "(" or ")" or "[" or "]" or "\"" or "-" or "--" or "\u2013" or "\u2014" or "." or "?" or "!"
            : Words.Boundary.Contains(word);
    }

    /// <summary>
    /// A verb that tells something happened, not one of state ("was", "remained"): a past form ("withdrew", which the
    /// tagger may miss), or a word tagged VERB that no form of "be" precedes ("to be fit" is a state).
    /// </summary>
    private bool IsEventVerb(Document document, int k)
    {
        var word = document.FoldedToken(k);
        if (word.Length == 0 || !char.IsLower(word[0]) || Words.Stative.Contains(word)) return false;
        if (NumberContext.IsVerb(word, lexicons)) return true;
        return UnitReader.Tag(document, k) == "VERB" && !(k > 0 && document.FoldedToken(k - 1) is "be" or "is" or "are" or "was" or "were" or "been");
    }
}
