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
            if (Lexicon(document, k, limit) is { } lexical && (k == end || number.Vague) && !StartsAName(document, k, lexical.Length, limit))
            {
                unit = lexical.Lemma;
                end = k + lexical.Length;
            }
            else if (k == end && Symbol(document, number, end, limit) is { } symbol)
            {
                unit = symbol.Lemma;
                end += symbol.Length;
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
        if (unit == "degree" && TemperatureScale(document, end, limit) is { } scale)
            (unit, end) = (scale.Lemma, end + scale.Length);
        if (unit is not null && Rate(document, end, limit) is { } rate)
            return (unit + " per " + rate.Per, rate.End);
        return (unit, end);
    }

    /// <summary>The unit written into the number's token ("47-year-old", "30-minute", "10,000m", "512MB", "16s").</summary>
    public string TokenUnit(string written)
    {
        if (written.StartsWith("year-old", StringComparison.OrdinalIgnoreCase) || written is "s") return "year";
        // A capital tells a symbol from a word ("30CUP" is the Cuban peso, not cups; "10MW" megawatts).
        bool capital = written.AsSpan().IndexOfAnyInRange('A', 'Z') >= 0;
        if ((capital && lexicons.UnitSymbols.TryGet(written, out var entry)) || lexicons.Units.TryGet(written, out entry)
            || (!capital && lexicons.UnitSymbols.TryGet(written, out entry)))
            return entry.Unit;
        written = written.ToLowerInvariant();
        int hyphen = written.IndexOf('-');
        var head = hyphen > 0 ? written[..hyphen] : written;
        return lexicons.Units.TryGet(head, out entry) ? entry.Unit : NounLemma.Of(head);
    }

    /// <summary>
    /// A unit symbol of the dictionary right after a number ("40 kW", "5 ml", "2.4 GHz"), exact case. A symbol set
    /// apart by a space must be two characters or more and not a word of the sentence's grammar ("5 in the
    /// morning", "3 a day", "10 at home"): a lowercase symbol that is also a function word is read only when it is
    /// joined to the number.
    /// </summary>
    public (string Lemma, int Length)? Symbol(Document document, NumberExpression number, int t, int limit)
    {
        if (t >= limit) return null;
        int length = lexicons.UnitSymbols.Match(document, t, limit, out var symbol);
        if (length == 0) return null;
        bool joined = document.Tokens[t].Start == document.Tokens[number.End - 1].End;
        var first = document.FoldedToken(t);
        if (!joined && (first.Length < 2 || (char.IsLower(first[0]) && Tag(document, t) is not ("NOUN" or "PROPN" or "SYM"))))
            return null;
        return (symbol.Unit, length);
    }

    /// <summary>
    /// "seven Kilo Class submarines", "two Pound Shop stores": a capitalised unit word followed by another capitalised
    /// word begins a name, not a measure.
    /// </summary>
    private static bool StartsAName(Document document, int t, int length, int limit)
    {
        int next = t + length;
        return char.IsUpper(document.FoldedToken(t)[0]) && next < limit && document.Tokens[next].Kind == TokenKind.Word
            && char.IsUpper(document.FoldedToken(next)[0]);
    }

    /// <summary>
    /// The scale after "degrees" ("20 degrees C", "98.6 degrees Fahrenheit", "6 deg c"): a unit of temperature, or the
    /// letter c or f in either case.
    /// </summary>
    private (string Lemma, int Length)? TemperatureScale(Document document, int t, int limit)
    {
        if (t >= limit) return null;
        var word = document.FoldedToken(t);
        if (word is "C" or "c" or "C." or "c.") return ("celsius", 1);
        if (word is "F" or "f" or "F." or "f.") return ("fahrenheit", 1);
        return Lexicon(document, t, limit) is { } scale && lexicons.UnitDimensions.OfUnit(scale.Lemma) == "temperature" && scale.Lemma != "degree"
            ? scale : null;
    }

    /// <summary>A unit from the lexicon starting at <paramref name="t"/>: (lemma, tokens) or null.</summary>
    public (string Lemma, int Length)? Lexicon(Document document, int t, int limit)
    {
        if (t >= limit) return null;
        int length = lexicons.Units.Match(document, t, limit, out var entry);
        return length > 0 ? (entry.Unit, length) : null;
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
            if (Lexicon(document, j, limit) is { } unit && !(j + unit.Length < limit && IsNoun(document, j + unit.Length))
                && !StartsAName(document, j, unit.Length, limit))
                return (unit.Lemma, j + unit.Length);
            if (document.Tokens[j].Kind != TokenKind.Word) return null;
            var word = document.FoldedToken(j);
            var tag = Tag(document, j);
            bool capital = char.IsUpper(word[0]);
            bool nextNoun = j + 1 < limit && IsNoun(document, j + 1);
            if (capital && (tag is "PROPN" or "NOUN" || document.EntityAtToken(j) >= 0))
            {
                if (capitalRun < 0) capitalRun = j;
                if ((NounLemma.LooksPlural(word) || IsNationalityPlural(document, j)) && !nextNoun)
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
            // "four and six counts": a number after "and" is a quantity of its own, which counts the noun itself.
            if (word is "and" && j + 1 < limit && (document.Tokens[j + 1].Kind == TokenKind.Number || lexicons.WordAt(document, j + 1) is not null))
                return null;
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

    /// <summary>
    /// The second unit of a rate and where it ends: "per" or "/" and any unit ("$350 per kg", "$15.4/hour", "5 tonnes
    /// per hectare"); "a", "every" or "each" and a unit that can end a rate (unit-kinds.tsv: "£3,000 a year", "11,000
    /// donations every hour"; not "5 a head").
    /// </summary>
    public (string Per, int End)? Rate(Document document, int t, int limit)
    {
        if (t + 1 >= limit) return null;
        var word = document.FoldedToken(t);
        if (word is "per" or "/")
        {
            if (Lexicon(document, t, limit) is { Lemma: "percent" }) return null; // "per cent" is a unit of its own
            var (per, end) = Lexicon(document, t + 1, limit) is { } unit ? (unit.Lemma, t + 1 + unit.Length)
                : lexicons.UnitSymbols.Match(document, t + 1, limit, out var symbol) is > 0 and var length ? (symbol.Unit, t + 1 + length) : (null, 0);
            // "$7/$9": a sign before another number is a second price, not the unit of a rate.
            if (per is null || (end < limit && char.IsAsciiDigit(document.FoldedToken(end)[0]))) return null;
            return (per, end);
        }
        if (lexicons.RateAdverbs.TryGet(word, out var adverbUnit)) return (adverbUnit, t + 1); // "3 million handsets monthly"
        if (word is not ("a" or "an" or "every" or "each")) return null;
        if (Lexicon(document, t + 1, limit) is not { } timeUnit || !lexicons.UnitKinds.EndsARate(timeUnit.Lemma)) return null;
        int after = t + 1 + timeUnit.Length;
        // "3.8% a year earlier", "a week ago": a point in time, not a rate.
        if (after < limit && document.FoldedToken(after) is "earlier" or "ago" or "before" or "later" or "previously") return null;
        return (timeUnit.Lemma, after);
    }

    private static string Lowered(Document document, int first, int last)
    {
        var words = new List<string>(last - first + 1);
        for (int k = first; k < last; k++) words.Add(document.FoldedToken(k).ToString().ToLowerInvariant());
        var head = document.FoldedToken(last);
        words.Add(IsNationalityPlural(document, last) ? head[..^1].ToString().ToLowerInvariant() : NounLemma.Of(head));
        return string.Join(' ', words);
    }

    /// <summary>
    /// "Israelis", "Iraqis", "Saudis": a plural in -is, which <see cref="NounLemma"/> takes for a singular ("analysis"),
    /// when the entity stage marks it as a nationality (not "Paris").
    /// </summary>
    public static bool IsNationalityPlural(Document document, int t) =>
        document.FoldedToken(t).EndsWith("is", StringComparison.Ordinal)
        && document.EntityAtToken(t) is int e and >= 0 && document.Entities[e].Label == EntityLabel.Norp;

    private static bool IsNoun(Document document, int t) => Tag(document, t) == "NOUN" && document.Tokens[t].Kind == TokenKind.Word;

    public static string Tag(Document document, int t) => document.Tags.Length > t ? document.TagNames[document.Tags[t]] : "";
}
