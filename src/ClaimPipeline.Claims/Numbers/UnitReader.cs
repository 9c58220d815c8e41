using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// The unit of a number: a lexicon unit after it ("%", "per cent", "years", "Mbps"), the head of the noun phrase it
/// counts ("43 developing countries" → country, "two Golden Globes" → golden globe), the noun after "of" for vague
/// numbers ("thousands of public bodies" → body) and for "two of its other projects", and rates ("£3,000 a year" →
/// pound per year). Units are singular lowercase lemmas.
/// </summary>
public sealed class UnitReader(NumberLexicons lexicons)
{
    /// <summary>
    /// The unit of a number that ends at <paramref name="end"/> (after any currency sign, which is its unit), and
    /// where the unit ends: written into the token, after "of a" for a fraction, a lexicon unit, a counted noun, a
    /// partitive "of", and a rate after any of them.
    /// </summary>
    public (string? Unit, int End) Read(Document document, NumberExpression number, string? currency, int end, int limit)
    {
        string? unit = currency;
        if (number.TokenUnit is { } written) unit ??= TokenUnit(written);
        else if (unit is null && number.Fraction)
        {
            // "a quarter of a percentage point"; "more than half of all households" counts no unit.
            if (end + 2 < limit && document.FoldedToken(end) is "of" && document.FoldedToken(end + 1) is "a" or "an"
                && Lexicon(document, end + 2, limit) is { } part)
                return (part.Lemma, end + 2 + part.Length);
        }
        else if (unit is null)
        {
            int k = end;
            if (number.Vague && k < limit && document.FoldedToken(k) is "of") k++;
            if (Lexicon(document, k, limit) is { } lexical && (k == end || number.Vague))
            {
                unit = lexical.Lemma;
                end = k + lexical.Length;
            }
            // "Windows 7 next year", "the bottom three last season": right after the number these open a time, not a noun.
            else if (!(k < limit && document.FoldedToken(k) is "last" or "next" or "this")
                     && CountedNoun(document, k, limit, singular: number.Value == 1 && !number.Vague) is { } noun)
            {
                unit = noun.Lemma;
                end = noun.End;
            }
            else if (!number.Vague && PartitiveNoun(document, end, limit) is { } partitive)
                return (partitive, end);
        }
        else if (end < limit && Lexicon(document, end, limit) is { } after && after.Lemma == unit)
            end += after.Length; // "$5 dollars"
        if (unit is not null && Rate(document, end, limit) is { } rate)
            return (unit + " per " + rate.Per, rate.End);
        return (unit, end);
    }

    /// <summary>The unit written into the number's token ("47-year-old", "30-minute", "10,000m", "512MB", "16s").</summary>
    public string TokenUnit(string written)
    {
        if (written.StartsWith("year-old", StringComparison.Ordinal) || written is "s") return "year";
        if (lexicons.Units.TryGet(written, out var lemma)) return lemma;
        int hyphen = written.IndexOf('-');
        var head = hyphen > 0 ? written[..hyphen] : written;
        return lexicons.Units.TryGet(head, out lemma) ? lemma : NounLemma.Of(head);
    }

    /// <summary>A unit from the lexicon starting at <paramref name="t"/>: (lemma, tokens) or null.</summary>
    public (string Lemma, int Length)? Lexicon(Document document, int t, int limit)
    {
        if (t >= limit) return null;
        int length = lexicons.Units.Match(document, t, limit, out var lemma);
        return length > 0 ? (lemma, length) : null;
    }

    /// <summary>
    /// The counted noun from token <paramref name="t"/>: a lexicon unit or the head of a noun phrase, past up to four
    /// modifiers. A singular head counts only for <paramref name="singular"/> ("one firm").
    /// </summary>
    public (string Lemma, int End)? CountedNoun(Document document, int t, int limit, bool singular)
    {
        int stop = Math.Min(limit, t + 5);
        int capitalRun = -1;
        for (int j = t; j < stop; j++)
        {
            if (Lexicon(document, j, limit) is { } unit && !(j + unit.Length < limit && IsNoun(document, j + unit.Length)))
                return (unit.Lemma, j + unit.Length);
            if (document.Tokens[j].Kind != TokenKind.Word) return null;
            var word = document.FoldedToken(j);
            var tag = Tag(document, j);
            bool capital = char.IsUpper(word[0]);
            bool nextNoun = j + 1 < limit && IsNoun(document, j + 1);
            if (capital && (tag is "PROPN" or "NOUN" || document.EntityAtToken(j) >= 0))
            {
                if (capitalRun < 0) capitalRun = j;
                if (NounLemma.LooksPlural(word) && !nextNoun)
                    return (Lowered(document, capitalRun, j), j + 1);
                continue;
            }
            capitalRun = -1;
            if (tag == "NOUN")
            {
                if (nextNoun) continue; // "manufacturing sectors", "drugs tests": the last noun is the head
                if (NounLemma.LooksPlural(word) || singular) return (NounLemma.Of(word), j + 1);
                return null;
            }
            // "11,000 theatre fans": a plural after a modifier is the head even when tagged as a verb.
            if (tag == "VERB" && j > t && NounLemma.LooksPlural(word) && !nextNoun) return (NounLemma.Of(word), j + 1);
            if (tag is "ADJ" or "NUM" || word is "and"
                || (tag == "VERB" && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)) && j + 1 < limit
                    && (IsNoun(document, j + 1) || NounLemma.LooksPlural(document.FoldedToken(j + 1))))
                || (word.IndexOf('-') > 0 && char.IsLower(word[0])))
                continue;
            return null;
        }
        return null;
    }

    /// <summary>"two of its other projects", "one of the few books", "One of these": the noun after "of" and a determiner.</summary>
    public string? PartitiveNoun(Document document, int t, int limit)
    {
        if (t + 1 >= limit || document.FoldedToken(t) is not "of") return null;
        int j = t + 1;
        var determiner = document.FoldedToken(j);
        if (determiner is "them" or "us" or "which" or "whom") return "-";
        if (determiner is "these" or "those") return CountedNoun(document, j + 1, limit, singular: false)?.Lemma ?? "-";
        if (determiner is not ("the" or "its" or "their" or "his" or "her" or "our" or "my" or "your")
            && !(j + 1 < limit && document.FoldedToken(j + 1) is "'s" or "’s"))
            return CountedNoun(document, j, limit, singular: false)?.Lemma;
        j += j + 1 < limit && document.FoldedToken(j + 1) is "'s" or "’s" ? 2 : 1;
        return CountedNoun(document, j, limit, singular: false)?.Lemma;
    }

    /// <summary>"a year", "per day", "every hour" after a unit: the rate's time unit and where it ends.</summary>
    public (string Per, int End)? Rate(Document document, int t, int limit)
    {
        if (t + 1 >= limit || document.FoldedToken(t) is not ("a" or "an" or "per" or "every" or "each")) return null;
        return Lexicon(document, t + 1, limit) is { } unit && lexicons.UnitKinds.EndsARate(unit.Lemma)
            ? (unit.Lemma, t + 1 + unit.Length) : null;
    }

    private static string Lowered(Document document, int first, int last)
    {
        var words = new List<string>(last - first + 1);
        for (int k = first; k < last; k++) words.Add(document.FoldedToken(k).ToString().ToLowerInvariant());
        words.Add(NounLemma.Of(document.FoldedToken(last)));
        return string.Join(' ', words);
    }

    private static bool IsNoun(Document document, int t) => Tag(document, t) == "NOUN" && document.Tokens[t].Kind == TokenKind.Word;

    public static string Tag(Document document, int t) => document.Tags.Length > t ? document.TagNames[document.Tags[t]] : "";
}
