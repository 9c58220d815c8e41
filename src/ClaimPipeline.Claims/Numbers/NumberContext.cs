using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>What a quantity is about: its subject, its predicate (the verb) and the place of its clause.</summary>
public static class NumberContext
{
    /// <summary>
    /// How far, in tokens, from a quantity its time, place, subject and carried unit are looked for: the length of a
    /// long news sentence (farther words are rarely about the quantity), and it keeps text that never ends a
    /// sentence linear.
    /// </summary>
    public const int NearTokens = 40;

    /// <summary>
    /// The counted thing for counts ("people"); else, for measures (<see cref="UnitKinds.CountsNothing"/>: "8 years",
    /// "£5m"), rates and units written into the number, the person or organisation before the number ("Baradar").
    /// </summary>
    public static string? Subject(Document document, SentenceSpan sentence, int first, string? unit, int numberEnd, int end, UnitKinds kinds)
    {
        if (unit is not null && end > numberEnd && !kinds.CountsNothing(unit) && !unit.Contains(" per ", StringComparison.Ordinal))
            return unit;
        int from = Math.Max(sentence.FirstToken, first - NearTokens);
        int before = document.FirstEntityFrom(first);
        foreach (var label in (ReadOnlySpan<EntityLabel>)[EntityLabel.Person, EntityLabel.Org])
        {
            for (int e = before - 1; e >= 0 && document.Entities[e].FirstToken >= from; e--)
            {
                var entity = document.Entities[e];
                if (entity.Label != label || !char.IsLetter(document.Text[entity.Start])) continue;
                return document.Slice(entity.Start, entity.End);
            }
        }
        return null;
    }

    /// <summary>The verb a quantity is about: after it ("20,000 people evacuated") or before it ("held in prison for eight years").</summary>
    public static string? Predicate(Document document, SentenceSpan sentence, int first, int end, NumberLexicons lexicons)
    {
        for (int k = end, seen = 0; k < sentence.EndToken && seen < 4; k++, seen++)
        {
            var word = document.FoldedToken(k);
            if (document.Tokens[k].Kind != TokenKind.Word) break;
            if (IsVerb(word, lexicons)) return word.ToString();
            if (word is not ("have" or "has" or "had" or "been" or "were" or "was" or "are" or "is" or "now" or "already" or "reportedly")) break;
        }
        for (int k = first - 1; k >= sentence.FirstToken && first - k <= 8; k--)
        {
            var word = document.FoldedToken(k);
            if (document.Tokens[k].Kind == TokenKind.Punctuation) break;
            if (!IsVerb(word, lexicons)) continue;
            // "held in prison for eight years": keep a short phrase up to the preposition before the number.
            int stop = first - 1;
            if (stop > k && document.FoldedToken(stop) is "for" or "by" or "to" or "of" && stop - k <= 3 && !HasDeterminer(document, k + 1, stop))
                return document.Slice(document.Tokens[k].Start, document.Tokens[stop - 1].End);
            return word.ToString();
        }
        return null;
    }

    /// <summary>The nearest place named after a preposition in the quantity's sentence ("in Asia", "from the Kabul airport").</summary>
    public static string? Place(Document document, SentenceSpan sentence, int first, int end)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        int to = Math.Min(sentence.EndToken, end + NearTokens);
        for (int e = document.FirstEntityFrom(Math.Max(sentence.FirstToken, first - NearTokens)); e < document.Entities.Length; e++)
        {
            var entity = document.Entities[e];
            if (entity.FirstToken >= to) break;
            if (entity.EndToken > sentence.EndToken || entity.Label != EntityLabel.Loc) continue;
            int before = entity.FirstToken - 1;
            if (before >= sentence.FirstToken && document.FoldedToken(before) is "the") before--;
            if (before < sentence.FirstToken || document.FoldedToken(before) is not ("in" or "at" or "from" or "across" or "throughout"
                    or "near" or "outside" or "inside" or "within" or "to" or "into" or "around"))
                continue;
            int distance = entity.FirstToken >= end ? entity.FirstToken - end : first - entity.EndToken;
            if (distance < 0 || distance >= bestDistance) continue;
            best = document.Slice(entity.Start, entity.End);
            bestDistance = distance;
        }
        return best;
    }

    private static bool HasDeterminer(Document document, int first, int end)
    {
        for (int k = first; k < end; k++)
            if (document.FoldedToken(k) is "the" or "a" or "an" || document.EntityAtToken(k) >= 0) return true;
        return false;
    }

    internal static bool IsVerb(ReadOnlySpan<char> word, NumberLexicons lexicons) =>
        word.Length > 0 && char.IsLower(word[0])
        && (lexicons.IrregularVerbs.Contains(word)
            || (word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal)));
}
