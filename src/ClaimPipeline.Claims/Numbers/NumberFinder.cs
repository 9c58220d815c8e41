using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Pipeline;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// Finds quantities and dates. A quantity is a number (<see cref="NumberReader"/>) with what stands around it: a
/// qualifier before it ("more than"), a currency sign, a unit (<see cref="UnitReader"/>), a second number making a
/// range ("between 5 and 10", "252 to 287 miles", "from 75% to 60%"), and a change: the qualifier's bound or
/// approximation, or up/down when it is the size of a rise or fall (<see cref="ChangeWord"/>). Dates, years and
/// decades are rows with unit "date" (<see cref="DateReader"/>). Ordinals, times of day, scores and identifiers
/// ("Section 427", "BBC One", "number four") are not quantities. Each quantity gets a predicate, a subject, the time
/// expression and place of its clause and, inside a quote or reported speech, that claim's speaker.
/// </summary>
public sealed class NumberFinder : IStage
{
    private readonly NumberLexicons _lexicons;
    private readonly NumberReader _numbers;
    private readonly UnitReader _units;
    private readonly DateReader _dates;
    private readonly TimeExpressionFinder _times;

    public NumberFinder(NumberLexicons lexicons)
    {
        _lexicons = lexicons;
        _numbers = new NumberReader(lexicons);
        _units = new UnitReader(lexicons);
        _dates = new DateReader(lexicons);
        _times = new TimeExpressionFinder(lexicons);
    }

    public string Name => "numbers";
    public IReadOnlyList<Layer> Requires { get; } = [Layer.Folded, Layer.Tokens, Layer.Sentences, Layer.Entities, Layer.PartsOfSpeech];
    public IReadOnlyList<Layer> Reads { get; } = [ClaimLayers.Quotes];
    public IReadOnlyList<Layer> Produces { get; } = [ClaimLayers.Numbers];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var attributed = new EnclosingClaims(document.Claims.Where(c => c.Kind != ClaimKind.Numeric).ToArray());
        var found = new List<FoundQuantity>();
        foreach (var sentence in document.Sentences)
        {
            found.Clear();
            int t = sentence.FirstToken;
            while (t < sentence.EndToken)
                t = TryDate(document, sentence, t, found) ?? TryQuantity(document, sentence, t, found) ?? t + 1;
            CarryUnits(document, found);
            foreach (var quantity in found)
            {
                var claim = quantity.Claim;
                claim.Predicate ??= NumberContext.Predicate(document, sentence, quantity.First, quantity.End, _lexicons);
                claim.Time ??= _times.Near(document, sentence, quantity.First, quantity.End);
                claim.Place ??= NumberContext.Place(document, sentence, quantity.First, quantity.End);
                claim.SpeakerFrom = attributed.Of(claim.Start, claim.End);
                document.Claims.Add(claim);
            }
        }
    }

    private int? TryDate(Document document, SentenceSpan sentence, int t, List<FoundQuantity> found)
    {
        if (_dates.Read(document, sentence, t) is not { } date) return null;
        var claim = NewClaim(document, date.First, date.End, date.Rule, date.Value, "date");
        claim.Time = date.Time;
        claim.Change = "=";
        found.Add(new FoundQuantity(claim, date.First, date.End, false));
        return date.End;
    }

    private int? TryQuantity(Document document, SentenceSpan sentence, int t, List<FoundQuantity> found)
    {
        int limit = sentence.EndToken;
        int numberStart = t;
        string? currency = CurrencyWords.Of(document.FoldedToken(t));
        if (currency is null && document.FoldedToken(t) is "US" && t + 1 < limit && document.FoldedToken(t + 1) is "$")
        {
            currency = "dollar";
            numberStart++;
        }
        // "-£3bn": a minus sign before the currency sign.
        bool minus = false;
        if (currency is null && NumberReader.IsMinusSign(document, t, limit) && CurrencyWords.Of(document.FoldedToken(t + 1)) is { } signed)
        {
            (currency, minus) = (signed, true);
            numberStart++;
        }
        if (currency is not null) numberStart++;
        if (numberStart >= limit) return null;
        if (_numbers.Read(document, numberStart, limit) is not { } number) return null;
        if (minus) number = number with { Value = NumberReader.Negated(number.Value) };
        if (NotAQuantity(document, sentence, number, currency is not null)) return number.End;

        int end = number.End;
        var (unit, unitEnd) = ReadUnit(document, sentence, number, currency, end);
        end = Math.Max(end, unitEnd);
        double value = number.Value;
        double? high = null;

        // A range: "between 5 and 10", "252 to 287 miles", "4.7%-4.8%", "from 75% to 60%".
        if (Range(document, sentence, t, number, unit, end) is { } range)
        {
            high = range.Value;
            if (unit is null || range.Unit?.StartsWith(unit + " per ", StringComparison.Ordinal) == true) unit = range.Unit;
            end = range.End;
        }
        // "one in 10,000 consoles": a ratio's first term counts what the second counts.
        else if (unit is null && number.Value == 1 && end + 1 < limit && document.FoldedToken(end) is "in"
                 && SecondNumber(document, end + 1, limit) is { Unit: { } ratioUnit })
            unit = ratioUnit;
        if (unit is null && number.TokenUnit is null && t > sentence.FirstToken
            && (document.FoldedToken(t - 1) is "top" or "last" or "lowly" || (number.Spelled && document.FoldedToken(t - 1) is "at")))
            return number.End; // "the top 10", "the last 32", "entered at six": positions
        // "Section 427", "Radio 4", "BBC News 24": digits after a capitalised word, counting nothing, name something;
        // a signed number names nothing ("the Dow -120").
        if (unit is null && !number.Spelled && !number.Negative && currency is null && t - 1 > sentence.FirstToken && document.Tokens[t - 1].Kind == TokenKind.Word
            && char.IsUpper(document.FoldedToken(t - 1)[0]) && document.FoldedToken(t - 1) is not ("US" or "UK"))
            return number.End;

        int first = t;
        string? qualifier = null, bound = null;
        for (int length = 3; length >= 1 && qualifier is null; length--)
        {
            int q = first - length;
            if (q < sentence.FirstToken) continue;
            if (_lexicons.Qualifiers.Match(document, q, first, out var code) == length)
            {
                qualifier = document.Slice(document.Tokens[q].Start, document.Tokens[first - 1].End);
                bound = code;
                first = q;
            }
        }
        if (end + 1 < limit && document.FoldedToken(end) is "or" && document.FoldedToken(end + 1) is "more" or "above" or "over")
        {
            bound ??= ">";
            end += 2;
        }
        else if (end + 1 < limit && document.FoldedToken(end) is "at" && document.FoldedToken(end + 1) is "least" or "most")
            bound ??= document.FoldedToken(end + 1) is "least" ? ">" : "<"; // "for the next 15 years at least"
        // "went up to 5.5%", "added up to": the level a rise reached, not a bound.
        if (qualifier is not null && bound is "<" && first > sentence.FirstToken && qualifier.StartsWith("up", StringComparison.OrdinalIgnoreCase)
            && (_lexicons.ChangeWords.TryGet(document.FoldedToken(first - 1), out _) || document.FoldedToken(first - 1) is "went" or "go" or "goes" or "gone" or "going" or "moved" or "edged"))
            bound = "=";
        if (number.Vague)
        {
            qualifier ??= document.Slice(document.Tokens[number.First].Start, document.Tokens[number.First].End);
            bound ??= ">";
        }

        unit ??= Age(document, sentence, number, first, end);
        if (unit is null && number.Spelled && !number.Vague && !number.Fraction && number.Value is >= 0 and < 2) return number.End; // "one of", "no one"

        string? time = null;
        if (end < limit && document.FoldedToken(end) is "ago" && unit is not null)
        {
            time = document.Published is { } published ? TimeResolver.Ago(published, value, unit) : null;
            time ??= document.Slice(document.Tokens[numberStart].Start, document.Tokens[end].End);
            end++;
        }
        var claim = NewClaim(document, first, end, number.Vague ? "number.group" : "number.quantity", high is { } h ? Math.Min(value, h) : value, unit);
        if (high is { } top) claim.QuantityHigh = Math.Max(value, top);
        claim.Qualifier = qualifier;
        // A qualifier that reads as a level ("went up to", "exactly") keeps "="; else a direction wins over the bound.
        claim.Change = (bound == "=" && qualifier is not null ? null : Direction(document, sentence, first, unit, end, found)) ?? bound ?? "=";
        if (number.Negative && NegativeChange(document, sentence, first, unit, claim.Change)) claim.Change = "down";
        // "about $2.95bn (£1.57bn)": a conversion in brackets takes the qualifier of what it converts.
        if (claim.Change == "=" && qualifier is null && found.Count > 0 && first - 1 > sentence.FirstToken
            && document.FoldedToken(first - 1) is "(" or ";" && found[^1].End >= first - 3 && found[^1].Claim.Change is "~" or ">" or "<")
            claim.Change = found[^1].Claim.Change;
        claim.Time = time;
        claim.Subject = NumberContext.Subject(document, sentence, first, unit, number.End, end);
        found.Add(new FoundQuantity(claim, first, end, unit is null && !number.Fraction));
        return end;
    }

    /// <summary>The unit after a number (or its currency), and where it ends.</summary>
    private (string? Unit, int End) ReadUnit(Document document, SentenceSpan sentence, NumberExpression number, string? currency, int end)
    {
        int limit = sentence.EndToken;
        string? unit = currency;
        if (number.TokenUnit is { } written) unit ??= _units.TokenUnit(written);
        else if (unit is null && number.Fraction)
        {
            // "a quarter of a percentage point"; "more than half of all households" counts no unit.
            if (end + 2 < limit && document.FoldedToken(end) is "of" && document.FoldedToken(end + 1) is "a" or "an"
                && _units.Lexicon(document, end + 2, limit) is { } part)
                return (part.Lemma, end + 2 + part.Length);
        }
        else if (unit is null)
        {
            int k = end;
            if (number.Vague && k < limit && document.FoldedToken(k) is "of") k++;
            if (_units.Lexicon(document, k, limit) is { } lexical && (k == end || number.Vague))
            {
                unit = lexical.Lemma;
                end = k + lexical.Length;
            }
            else if (_units.CountedNoun(document, k, limit, singular: number.Value == 1 && !number.Vague) is { } noun)
            {
                unit = noun.Lemma;
                end = noun.End;
            }
            else if (!number.Vague && _units.PartitiveNoun(document, end, limit) is { } partitive)
                return (partitive, end);
        }
        else if (end < limit && _units.Lexicon(document, end, limit) is { } after && after.Lemma == unit)
            end += after.Length; // "$5 dollars"
        if (unit is not null && _units.Rate(document, end, limit) is { } rate)
            return (unit + " per " + rate.Per, rate.End);
        return (unit, end);
    }

    private (double Value, string? Unit, int End)? Range(Document document, SentenceSpan sentence, int t, NumberExpression number,
        string? unit, int end)
    {
        int limit = sentence.EndToken;
        if (end + 1 >= limit) return null;
        var joint = document.FoldedToken(end);
        var before = t > sentence.FirstToken ? document.FoldedToken(t - 1) : default;
        bool between = before is "between" && joint is "and";
        // "4.7%-4.8%", "2000 - 2500"; "Stoxx 50 -1.3%" is a number and a signed one.
        bool dash = joint is "-" or "–" && !NumberReader.IsMinusSign(document, end, limit);
        bool to = (joint is "to" || dash) && !(before is "from" or "by" or "to") && ChangeBefore(document, sentence, t) is null;
        if (between || to)
        {
            if (SecondNumber(document, end + 1, limit) is { } second && (unit is null || second.Unit is null || second.Unit == unit
                    || second.Unit.StartsWith(unit + " per ", StringComparison.Ordinal)))
                return second;
            return null;
        }
        // "from 75% to 60%", "from 36,185 in 2003 to 28,041": the start and end of one measure.
        if (before is "from")
        {
            for (int k = end; k < Math.Min(limit - 1, end + 10); k++)
            {
                var word = document.FoldedToken(k);
                if (word is "," or ";" or "from") return null;
                if (word is not "to") continue;
                if (SecondNumber(document, k + 1, limit) is { } direct && (unit is null || direct.Unit is null || direct.Unit == unit)) return direct;
                // "to the pensioner credit guarantee level of £105.45"
                for (int j = k + 1; j < Math.Min(limit, k + 8); j++)
                    if (document.FoldedToken(j) is "of" && SecondNumber(document, j + 1, limit) is { } late && late.Unit == unit && unit is not null)
                        return late;
                return null;
            }
        }
        return null;
    }

    private (double Value, string? Unit, int End)? SecondNumber(Document document, int t, int limit)
    {
        string? currency = CurrencyWords.Of(document.FoldedToken(t));
        int start = currency is null ? t : t + 1;
        if (start >= limit || document.FoldedToken(start) is "number") return null;
        if (_numbers.Read(document, start, limit) is not { Vague: false } second || DateReader.TryYear(document, start, out _)) return null;
        var (unit, end) = ReadUnit(document, new SentenceSpan(0, limit, 0, 0, 0), second, currency, second.End);
        return (second.Value, unit, end);
    }

    /// <summary>Ordinals, identifiers, positions, clock times and names that hold number words are no quantities.</summary>
    private static bool NotAQuantity(Document document, SentenceSpan sentence, NumberExpression number, bool currency)
    {
        int first = number.First, end = number.End;
        var word = document.FoldedToken(first);
        bool atStart = first == sentence.FirstToken || document.Tokens[first - 1].Kind == TokenKind.Punctuation && first - 1 == sentence.FirstToken;
        // "Three Gorges", "BBC One", "Million Dollar Baby": a capitalised number word inside a sentence is a name.
        if (number.Spelled && char.IsUpper(word[0]) && !atStart) return true;
        // "Million Dollar Baby": a number word opening a run of capitalised words.
        if (number.Spelled && char.IsUpper(word[0]) && end < sentence.EndToken && document.Tokens[end].Kind == TokenKind.Word
            && char.IsUpper(document.FoldedToken(end)[0]) && !NounLemma.LooksPlural(document.FoldedToken(end)))
            return true;
        if (currency) return false;
        if (end < sentence.EndToken)
        {
            var next = document.FoldedToken(end);
            if (next is ":" or "a.m." or "p.m." or "am" or "pm" or "GMT" or "ET" or "BST" or "EST" or "CET" or "/") return true;
            if (next is "to" && end + 1 < sentence.EndToken && document.FoldedToken(end + 1) is "number") return true;
            if (end + 1 < sentence.EndToken && document.FoldedToken(end + 1) is "Street" or "Road" or "Avenue" or "Lane") return true;
        }
        if (first > sentence.FirstToken)
        {
            var previous = document.FoldedToken(first - 1);
            // "028 9276": a phone or code number; "Stoxx 50 -1.3%" is a name and a signed number.
            if (!number.Spelled && !number.Negative && document.Tokens[first - 1].Kind == TokenKind.Number) return true;
            if (previous is ":" or "#" or "/" or "No." or "no." or "number" or "Number" or "version" or "No") return number.TokenUnit is null;
        }
        return false;
    }

    /// <summary>An age written as a bare number: "Mr Ebbers, 63,", "died at 50", "aged 14", "people over 60", "Under 16s".</summary>
    private static string? Age(Document document, SentenceSpan sentence, NumberExpression number, int first, int end)
    {
        if (number.Spelled || number.Value is < 1 or > 120 || number.Value != Math.Floor(number.Value)) return null;
        int before = number.First - 1;
        if (before <= sentence.FirstToken) return null;
        var previous = document.FoldedToken(before);
        bool closes = end >= sentence.EndToken || document.FoldedToken(end) is "," or ")" or "." or ";";
        if (previous is "," && closes && first == number.First)
        {
            int name = before - 1;
            var tag = UnitReader.Tag(document, name);
            if (document.EntityAtToken(name) is int e and >= 0 && document.Entities[e].Label == EntityLabel.Person) return "year";
            if (tag == "PROPN" && char.IsUpper(document.FoldedToken(name)[0])) return "year";
        }
        if (previous is "aged" || (previous is "of" && before - 1 >= sentence.FirstToken && document.FoldedToken(before - 1) is "age")) return "year";
        if (previous is "at" && closes)
            for (int k = before - 1; k >= Math.Max(sentence.FirstToken, before - 8); k--)
                if (document.FoldedToken(k) is "died" or "dies" or "death" or "retired" or "retire") return "year";
        // "people over 60", "where people are over 80": a bound after a noun for people
        if (first < number.First && document.FoldedToken(first) is "over" or "under" or "above" or "below")
            for (int k = first - 1; k >= Math.Max(sentence.FirstToken, first - 2); k--)
                if (document.FoldedToken(k) is "people" or "those" or "anyone" or "adults" or "men" or "women" or "children" or "pensioners")
                    return "year";
        return null;
    }

    /// <summary>"up"/"down" when the number is the size of a change: "rose 2%", "a 3% rise", "cuts of 9.6%", "… and 5.6%".</summary>
    private string? Direction(Document document, SentenceSpan sentence, int first, string? unit, int end, List<FoundQuantity> found)
    {
        if (ChangeBefore(document, sentence, first) is { } before) return before;
        // "a 3% rise"; "337,000 new jobs added" (a verb of change after its object); not "10 miles down the road".
        if (end < sentence.EndToken && _lexicons.ChangeWords.TryGet(document.FoldedToken(end), out var after)
            && (after.After ?? (document.FoldedToken(end) is "up" or "down" ? null : after.Before)) is { } direction)
            return direction;
        // "cuts of 9.6% at Agriculture and 5.6% at the Environmental Protection Agency"
        if (first > sentence.FirstToken && document.FoldedToken(first - 1) is "and" && found.Count > 0
            && found[^1].Claim.Change is "up" or "down" && found[^1].Claim.Unit == unit && first - found[^1].End <= 5)
            return found[^1].Claim.Change;
        return null;
    }

    /// <summary>
    /// Whether a negative number is the size of a fall: with a word of change ("fell -1.3%", and "growth of -0.4%" is a
    /// fall too), or as a percentage standing alone ("Stoxx 50 -1.3%", "a growth rate of -0.1%"), which in news is a
    /// change. A level stays as it is: "fell to -5C", "from -2%", "stood at -0.5%", and a temperature ("-5C").
    /// </summary>
    private static bool NegativeChange(Document document, SentenceSpan sentence, int first, string? unit, string change)
    {
        if (change is "up" or "down") return true;
        if (unit is not ("percent" or "percentage point" or "basis point")) return false;
        return first == sentence.FirstToken || document.FoldedToken(first - 1) is not ("to" or "from" or "at" or "between");
    }

    /// <summary>A word of change before the number, maybe across "by", "just" or "some": "rose by just 28%".</summary>
    private string? ChangeBefore(Document document, SentenceSpan sentence, int first)
    {
        int k = first - 1;
        for (int skipped = 0; k >= sentence.FirstToken && skipped < 3; k--, skipped++)
        {
            var word = document.FoldedToken(k);
            if (word is "," && k + 1 < first && document.FoldedToken(k + 1) is "by") continue; // "have risen, by 19%"
            if (word is "up" or "down" && k - 1 >= sentence.FirstToken && document.FoldedToken(k - 1) is "picked" or "set" or "ended" or "wound"
                    or "signed" or "summed" or "made" or "turned" or "backed" or "broke" or "broken" or "end" or "ends")
                return null; // phrasal verbs: "picked up five nominations"
            if (word is "by" or "just" or "only" or "another" or "a" or "an" or "further" or "sharply" or "slightly" or "nearly" or "almost" or "around" or "about")
                continue;
            if (word is "of" && k - 1 >= sentence.FirstToken && _lexicons.ChangeWords.TryGet(document.FoldedToken(k - 1), out var noun))
                return noun.Of;
            if (_lexicons.ChangeWords.TryGet(word, out var change) && change.Before is { } direction
                && !(word is "up" && first < sentence.EndToken && document.FoldedToken(first) is "to"))
                return direction;
            return null;
        }
        return null;
    }

    /// <summary>
    /// A bare count takes the unit of a coordinated one: "Of the 20 manufacturing sectors …, 13 reported growth",
    /// "has seven nominations while The Aviator has 11", "climbed by 2.7% to 717,000, and … to 740 yen".
    /// </summary>
    private static void CarryUnits(Document document, List<FoundQuantity> found)
    {
        // The nearest unit-bearing quantity on either side, found in two passes rather than a search per quantity:
        // to the right as read, to the left including units carried on the way (found is in text order).
        var nextSource = new int[found.Count];
        for (int j = found.Count - 1, next = -1; j >= 0; j--)
        {
            nextSource[j] = next;
            if (IsUnitSource(found[j])) next = j;
        }
        int previous = -1;
        for (int i = 0; i < found.Count; i++)
        {
            var bare = found[i];
            if (bare.Bare && bare.Claim.Unit is null && Nearer(found, bare, previous, nextSource[i]) is { } source
                && Math.Abs(source.First - bare.First) <= NumberContext.NearTokens)
            {
                // Only across a clause boundary: "while", "and", a comma or "Of the …"
                int from = Math.Min(source.End, bare.End), to = Math.Max(source.First, bare.First);
                bool joined = false;
                for (int k = from; k < to && !joined; k++)
                    joined = document.FoldedToken(k) is "while" or "and" or "," or "whereas" or "but" or "out";
                if (joined) bare.Claim.Unit = source.Claim.Unit;
            }
            if (IsUnitSource(bare)) previous = i;
        }
    }

    private static bool IsUnitSource(FoundQuantity quantity) =>
        quantity.Claim.Unit is not (null or "date" or "percent" or "percentage point" or "year" or "month" or "week" or "day"
            or "hour" or "minute" or "second" or "decade")
        && quantity.Claim.Rule == ClaimRules.NumberQuantity && !quantity.Claim.Unit.Contains(" per ", StringComparison.Ordinal);

    /// <summary>Of the sources at index <paramref name="left"/> and <paramref name="right"/> (-1: none), the nearer; the left one on a tie.</summary>
    private static FoundQuantity? Nearer(List<FoundQuantity> found, FoundQuantity bare, int left, int right)
    {
        if (left < 0) return right < 0 ? null : found[right];
        if (right < 0) return found[left];
        return found[right].First - bare.First < bare.First - found[left].First ? found[right] : found[left];
    }

    private static Claim NewClaim(Document document, int first, int end, string rule, double value, string? unit) => new()
    {
        Kind = ClaimKind.Numeric,
        Start = document.Tokens[first].Start,
        End = document.Tokens[end - 1].End,
        Rule = ClaimRules.Find(rule)!, // until the number readers name their rules (issue 16, numbers branch)
        Quantity = value,
        Unit = unit,
        Confidence = unit is null ? 0.5 : 0.8,
    };

    private sealed record FoundQuantity(Claim Claim, int First, int End, bool Bare);
}
