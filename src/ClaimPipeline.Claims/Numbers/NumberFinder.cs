using System.Globalization;
using ClaimPipeline.Nlp.Pipeline;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// Finds quantities and dates. A quantity is digits ("20,000", "1.5", "3bn"), spelled words ("eight",
/// "twenty-one", "1.5 million") or a vague group ("thousands of"), with the qualifier before it ("more than"), a
/// currency sign, and the unit after it from the units lexicon ("years" → year). Years ("in 2010"), decades and
/// month-day dates become rows with unit "date". Each quantity gets the nearest verb as predicate, a subject, the
/// time expression of its sentence (resolved against the publication date when known) and, inside a quote or
/// reported speech, that claim's speaker.
/// </summary>
public sealed class NumberFinder(NumberLexicons lexicons) : IStage
{
    public string Name => "numbers";
    public Layers Requires => Layers.Entities;
    public Layers Produces => Layers.Numbers;

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var attributed = document.Claims.Where(c => c.Kind != ClaimKind.Numeric).ToArray();
        var found = new List<(Claim Claim, int First, int End)>();
        foreach (var sentence in document.Sentences)
        {
            found.Clear();
            int t = sentence.FirstToken;
            while (t < sentence.EndToken)
            {
                int next = TryDate(document, sentence, t, found)
                    ?? TryYear(document, sentence, t, found)
                    ?? TryQuantity(document, sentence, t, found)
                    ?? t + 1;
                t = next;
            }
            foreach (var (claim, first, end) in found)
            {
                claim.Predicate ??= Predicate(document, sentence, first, end);
                claim.Time ??= SentenceTime(document, sentence, first, end);
                claim.SpeakerFrom = Enclosing(attributed, claim);
                document.Claims.Add(claim);
            }
        }
    }

    private int? TryDate(Document document, SentenceSpan sentence, int t, List<(Claim, int, int)> found)
    {
        if (t + 1 >= sentence.EndToken || !IsMonth(document, t, out int month)) return null;
        if (!TryDayNumber(document.FoldedToken(t + 1), out int day)) return null;
        int end = t + 2;
        int? year = null;
        if (end + 1 < sentence.EndToken && document.FoldedToken(end) is "," && TryYearNumber(document, end + 1, out int y))
        {
            year = y;
            end += 2;
        }
        int resolvedYear = year ?? document.Published?.Year ?? 0;
        string time = resolvedYear > 0 && day <= DateTime.DaysInMonth(resolvedYear, month)
            ? TimeResolver.Iso(new DateOnly(resolvedYear, month, day))
            : document.Slice(document.Tokens[t].Start, document.Tokens[end - 1].End);
        found.Add((NewClaim(document, t, end, "number.date", year ?? day, "date", time), t, end));
        return end;
    }

    private int? TryYear(Document document, SentenceSpan sentence, int t, List<(Claim, int, int)> found)
    {
        var token = document.FoldedToken(t);
        if (token.Length == 5 && token[4] == 's' && int.TryParse(token[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int decade)
            && decade is >= 1000 and <= 2100 && decade % 10 == 0)
        {
            int first = t;
            if (t > sentence.FirstToken && document.FoldedToken(t - 1) is "early" or "mid" or "late") first = t - 1;
            var time = document.Slice(document.Tokens[first].Start, document.Tokens[t].End);
            found.Add((NewClaim(document, first, t + 1, "number.decade", decade, "date", time), first, t + 1));
            return t + 1;
        }
        if (!TryYearNumber(document, t, out int year)) return null;
        // "2010 people" is a count, not a year.
        if (t + 1 < sentence.EndToken && lexicons.Units.Match(document, t + 1, sentence.EndToken, out _) > 0) return null;
        if (t > sentence.FirstToken && IsMonth(document, t - 1, out _)) return null;
        var claim = NewClaim(document, t, t + 1, "number.year", year, "date", year.ToString(CultureInfo.InvariantCulture));
        found.Add((claim, t, t + 1));
        return t + 1;
    }

    private int? TryQuantity(Document document, SentenceSpan sentence, int t, List<(Claim, int, int)> found)
    {
        int limit = sentence.EndToken;
        string? currency = CurrencyOf(document.FoldedToken(t));
        int numberStart = currency is null ? t : t + 1;
        if (numberStart >= limit) return null;
        if (!TryReadNumber(document, numberStart, limit, out double value, out int numberEnd, out string? group)) return null;

        int end = numberEnd;
        string? unit = currency;
        if (unit is null)
        {
            int skip = end < limit && group is not null && document.FoldedToken(end) is "of" ? 1 : 0;
            for (int k = end + skip; k < Math.Min(limit, end + skip + 2) && unit is null; k++)
            {
                int length = lexicons.Units.Match(document, k, limit, out var lemma);
                if (length > 0)
                {
                    unit = lemma;
                    end = k + length;
                }
                else if (!IsAdjectiveLike(document, k)) break;
            }
            // A plural noun that the lexicon lacks still says what is counted: "two men", "40 villages".
            if (unit is null && end < limit && IsPluralNoun(document, end))
            {
                unit = document.FoldedToken(end).ToString();
                end++;
            }
        }
        // "Section 427", "Flight 17", "3:30": identifiers and clock times are no quantities.
        if (unit is null && group is null && IsIdentifierOrClock(document, sentence, numberStart, numberEnd)) return null;
        var spelled = document.Tokens[numberStart].Kind == TokenKind.Word;
        if (unit is null && spelled && value == 1) return null; // "one of the largest": a pronoun, not a count
        if (unit is null && spelled && group is null && value < 2) return null;

        int first = currency is null ? numberStart : t;
        string? qualifier = group;
        for (int length = 3; length >= 1 && qualifier is null; length--)
        {
            int q = first - length;
            if (q < sentence.FirstToken) continue;
            if (lexicons.Qualifiers.Match(document, q, first, out _) == length)
            {
                qualifier = document.Slice(document.Tokens[q].Start, document.Tokens[first - 1].End);
                first = q;
            }
        }

        string? time = null;
        if (end < limit && document.FoldedToken(end) is "ago" && unit is not null)
        {
            time = document.Published is { } published ? TimeResolver.Ago(published, value, unit) : null;
            time ??= document.Slice(document.Tokens[numberStart].Start, document.Tokens[end].End);
            end++;
        }
        var claim = NewClaim(document, first, end, group is null ? "number.quantity" : "number.group", value, unit, time);
        claim.Qualifier = qualifier;
        claim.Subject = Subject(document, sentence, first, unit, numberEnd, end);
        found.Add((claim, first, end));
        return end;
    }

    /// <summary>Reads digits ("20,000", "3bn"), spelled numbers ("twenty-one", "eight"), mixed ("1.5 million") and groups ("thousands").</summary>
    private bool TryReadNumber(Document document, int t, int limit, out double value, out int end, out string? group)
    {
        value = 0;
        end = t;
        group = null;
        var token = document.FoldedToken(t);
        if (document.Tokens[t].Kind == TokenKind.Number)
        {
            if (!TryParseDigits(token, out value)) return false;
            end = t + 1;
        }
        else if (document.Tokens[t].Kind == TokenKind.Word)
        {
            if (!TrySpelled(document, t, limit, out value, out end, out group)) return false;
            if (group is not null) return true;
        }
        else return false;

        while (end < limit && lexicons.NumberWords.TryGet(document.FoldedToken(end), out var word) && word.Kind == NumberWordKind.Multiplier)
        {
            value *= word.Value;
            end++;
        }
        return true;
    }

    private bool TrySpelled(Document document, int t, int limit, out double value, out int end, out string? group)
    {
        value = 0;
        end = t;
        group = null;
        var token = document.FoldedToken(t);
        if (lexicons.NumberWords.TryGet(token, out var single) && single.Kind == NumberWordKind.Group)
        {
            value = single.Value;
            group = token.ToString().ToLowerInvariant();
            end = t + 1;
            return true;
        }
        double total = 0, current = 0;
        bool any = false;
        int k = t;
        while (k < limit)
        {
            var word = document.FoldedToken(k);
            if (any && word is "and" && k + 1 < limit && lexicons.NumberWords.TryGet(document.FoldedToken(k + 1), out _))
            {
                k++;
                continue;
            }
            if (!TryWordValue(word, out double v, out NumberWordKind kind)) break;
            if (kind == NumberWordKind.Unit) current += v;
            else if (kind == NumberWordKind.Multiplier && v == 100) current = (current == 0 ? 1 : current) * 100;
            else if (kind == NumberWordKind.Multiplier)
            {
                total += (current == 0 ? 1 : current) * v;
                current = 0;
            }
            else if (kind == NumberWordKind.Fraction && !any) current = v;
            else break;
            any = true;
            k++;
        }
        if (!any) return false;
        // "a dozen", "dozen": groups after an article
        value = total + current;
        end = k;
        return true;
    }

    /// <summary>Value of a number word, including hyphenated "twenty-one".</summary>
    private bool TryWordValue(ReadOnlySpan<char> word, out double value, out NumberWordKind kind)
    {
        value = 0;
        kind = NumberWordKind.Unit;
        if (lexicons.NumberWords.TryGet(word, out var entry))
        {
            if (entry.Kind is NumberWordKind.Ordinal or NumberWordKind.Group) return false;
            value = entry.Value;
            kind = entry.Kind;
            return true;
        }
        int hyphen = word.IndexOf('-');
        if (hyphen <= 0) return false;
        if (lexicons.NumberWords.TryGet(word[..hyphen], out var tens) && tens.Kind == NumberWordKind.Unit && tens.Value >= 20
            && lexicons.NumberWords.TryGet(word[(hyphen + 1)..], out var ones) && ones.Kind == NumberWordKind.Unit && ones.Value < 10)
        {
            value = tens.Value + ones.Value;
            return true;
        }
        return false;
    }

    /// <summary>"20,000" → 20000, "1.5" → 1.5, "3bn" → 3e9, "5m" → 5e6; false for ordinals and codes ("31st", "SP2").</summary>
    public static bool TryParseDigits(ReadOnlySpan<char> token, out double value)
    {
        value = 0;
        int i = 0;
        while (i < token.Length && (char.IsAsciiDigit(token[i]) || token[i] is ',' or '.')) i++;
        var digits = token[..i];
        var suffix = token[i..];
        double scale = suffix switch
        {
            "" => 1,
            "k" or "K" => 1e3,
            "m" or "mn" or "M" => 1e6,
            "bn" or "b" or "B" => 1e9,
            "tn" or "trn" => 1e12,
            _ => 0,
        };
        if (scale == 0 || digits.Length == 0) return false;
        Span<char> clean = stackalloc char[Math.Min(digits.Length, 64)];
        int n = 0;
        foreach (var c in digits)
        {
            if (c == ',') continue;
            if (n == clean.Length) return false;
            clean[n++] = c;
        }
        if (!double.TryParse(clean[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return false;
        value *= scale;
        return true;
    }

    private bool IsMonth(Document document, int t, out int month)
    {
        month = 0;
        var token = document.FoldedToken(t);
        if (token.Length == 0 || !char.IsUpper(token[0])) return false;
        if (!lexicons.TimeWords.TryGet(token, out var word) || word.Kind != "month") return false;
        // "May" and "March" are also words; a day number after them is what TryDate checks.
        month = word.Value;
        return month is >= 1 and <= 12;
    }

    private static bool TryDayNumber(ReadOnlySpan<char> token, out int day)
    {
        day = 0;
        int i = 0;
        while (i < token.Length && char.IsAsciiDigit(token[i])) i++;
        if (i is 0 or > 2) return false;
        var suffix = token[i..];
        if (suffix.Length > 0 && suffix is not ("st" or "nd" or "rd" or "th")) return false;
        day = int.Parse(token[..i], NumberStyles.None, CultureInfo.InvariantCulture);
        return day is >= 1 and <= 31;
    }

    private static bool TryYearNumber(Document document, int t, out int year)
    {
        year = 0;
        var token = document.FoldedToken(t);
        return document.Tokens[t].Kind == TokenKind.Number && token.Length == 4
            && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1000 and <= 2100;
    }

    private static string? CurrencyOf(ReadOnlySpan<char> token) => token switch
    {
        "$" or "US$" => "dollar",
        "\u00A3" => "pound",
        "\u20AC" => "euro",
        "\u00A5" => "yen",
        "\u20B9" => "rupee",
        _ => null,
    };

    private static bool IsAdjectiveLike(Document document, int t)
    {
        if (document.Tokens[t].Kind != TokenKind.Word) return false;
        int entity = document.EntityAtToken(t);
        if (entity >= 0) return document.Entities[entity].Label == EntityLabel.Norp;
        var word = document.FoldedToken(t);
        return char.IsLower(word[0]) && word is not ("of" or "in" or "on" or "at" or "for" or "to" or "and" or "or" or "the" or "a");
    }

    private bool IsPluralNoun(Document document, int t)
    {
        var word = document.FoldedToken(t);
        return document.Tokens[t].Kind == TokenKind.Word && word.Length > 3 && char.IsLower(word[0]) && word[^1] == 's'
            && !word.EndsWith("ss", StringComparison.Ordinal) && !IsVerb(word) && word is not ("was" or "has" or "this" or "is" or "its" or "us");
    }

    private static bool IsIdentifierOrClock(Document document, SentenceSpan sentence, int first, int end)
    {
        if (end < sentence.EndToken)
        {
            var next = document.FoldedToken(end);
            if (next is ":" or "a.m." or "p.m." or "am" or "pm" or "GMT" or "ET" or "BST") return true;
        }
        if (first > sentence.FirstToken)
        {
            var previous = document.FoldedToken(first - 1);
            if (previous is ":" or "#" or "No." or "no.") return true;
            if (document.Tokens[first - 1].Kind == TokenKind.Word && char.IsUpper(previous[0]) && first - 1 > sentence.FirstToken)
                return true;
        }
        return false;
    }

    /// <summary>The counted thing for counts ("people"); else the person or organisation before the number.</summary>
    private static string? Subject(Document document, SentenceSpan sentence, int first, string? unit, int numberEnd, int end)
    {
        if (unit is not null && end > numberEnd && unit is not ("year" or "month" or "week" or "day" or "hour" or "decade" or "percent"
            or "dollar" or "pound" or "euro" or "date"))
            return document.Slice(document.Tokens[numberEnd].Start, document.Tokens[end - 1].End);
        // A person before the number is what a duration is about ("Baradar … 11 years ago"); else an organisation.
        foreach (var label in (ReadOnlySpan<EntityLabel>)[EntityLabel.Person, EntityLabel.Org])
        {
            for (int e = document.Entities.Length - 1; e >= 0; e--)
            {
                var entity = document.Entities[e];
                if (entity.FirstToken >= first || entity.FirstToken < sentence.FirstToken || entity.Label != label) continue;
                return document.Slice(entity.Start, entity.End);
            }
        }
        return null;
    }

    /// <summary>The verb a quantity is about: after it ("20,000 people evacuated") or before it ("held in prison for eight years").</summary>
    private string? Predicate(Document document, SentenceSpan sentence, int first, int end)
    {
        for (int k = end, seen = 0; k < sentence.EndToken && seen < 4; k++, seen++)
        {
            var word = document.FoldedToken(k);
            if (document.Tokens[k].Kind != TokenKind.Word) break;
            if (IsVerb(word)) return word.ToString();
            if (word is not ("have" or "has" or "had" or "been" or "were" or "was" or "are" or "is" or "now" or "already" or "reportedly")) break;
        }
        for (int k = first - 1; k >= sentence.FirstToken && first - k <= 8; k--)
        {
            var word = document.FoldedToken(k);
            if (document.Tokens[k].Kind == TokenKind.Punctuation) break;
            if (!IsVerb(word)) continue;
            // "held in prison for eight years": keep a short phrase up to the preposition before the number.
            int stop = first - 1;
            if (stop > k && document.FoldedToken(stop) is "for" or "by" or "to" or "of" && stop - k <= 3 && !HasDeterminer(document, k + 1, stop))
                return document.Slice(document.Tokens[k].Start, document.Tokens[stop - 1].End);
            return word.ToString();
        }
        return null;
    }

    private static bool HasDeterminer(Document document, int first, int end)
    {
        for (int k = first; k < end; k++)
            if (document.FoldedToken(k) is "the" or "a" or "an" || document.EntityAtToken(k) >= 0) return true;
        return false;
    }

    private bool IsVerb(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsLower(word[0])
        && (lexicons.IrregularVerbs.Contains(word)
            || (word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal)));

    /// <summary>The time expression of the sentence nearest to the quantity: a weekday, "this year", "since …", a date.</summary>
    private string? SentenceTime(Document document, SentenceSpan sentence, int first, int end)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (k >= first && k < end) continue;
            var expression = TimeAt(document, sentence, k);
            if (expression is null || CommaBetween(document, k, k < first ? first : end)) continue;
            int distance = k < first ? first - k : k - end;
            if (distance < bestDistance)
            {
                best = expression;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>A comma between two tokens puts them in different clauses: "held for eight years, … this year".</summary>
    private static bool CommaBetween(Document document, int a, int b)
    {
        for (int k = Math.Min(a, b); k < Math.Max(a, b); k++)
            if (document.FoldedToken(k) is "," or ";") return true;
        return false;
    }

    private string? TimeAt(Document document, SentenceSpan sentence, int k)
    {
        var word = document.FoldedToken(k);
        var published = document.Published;
        if (lexicons.TimeWords.TryGet(word, out var timeWord))
        {
            if (timeWord.Kind == "weekday" && char.IsUpper(word[0]))
            {
                if (published is null) return word.ToString();
                bool next = k > sentence.FirstToken && document.FoldedToken(k - 1) is "next";
                return TimeResolver.Iso(next ? TimeResolver.NextWeekday(published.Value, timeWord.Value)
                    : TimeResolver.PreviousWeekday(published.Value, timeWord.Value));
            }
            if (timeWord.Kind == "relative")
                return published is null ? word.ToString() : TimeResolver.Iso(published.Value.AddDays(timeWord.Value));
            if (timeWord.Kind == "month" && char.IsUpper(word[0]) && k + 1 < sentence.EndToken && TryDayNumber(document.FoldedToken(k + 1), out _))
                return null; // a date; it is its own claim and found as such
        }
        if (word is "year" && k > sentence.FirstToken && document.FoldedToken(k - 1) is "this" or "last")
        {
            int offset = document.FoldedToken(k - 1) is "last" ? -1 : 0;
            return published is null
                ? document.Slice(document.Tokens[k - 1].Start, document.Tokens[k].End)
                : (published.Value.Year + offset).ToString(CultureInfo.InvariantCulture);
        }
        if (word is "since" && k + 1 < sentence.EndToken && document.Tokens[k + 1].Kind == TokenKind.Word)
        {
            int e = k + 1;
            while (e < sentence.EndToken && e - k <= 6 && document.Tokens[e].Kind is TokenKind.Word or TokenKind.Number) e++;
            return document.Slice(document.Tokens[k].Start, document.Tokens[e - 1].End);
        }
        if (TryYearNumber(document, k, out int year) && k > sentence.FirstToken && document.FoldedToken(k - 1) is "in" or "since" or "by")
            return year.ToString(CultureInfo.InvariantCulture);
        return null;
    }

    private static Claim NewClaim(Document document, int first, int end, string rule, double value, string? unit, string? time) => new()
    {
        Kind = ClaimKind.Numeric,
        Start = document.Tokens[first].Start,
        End = document.Tokens[end - 1].End,
        Rule = rule,
        Quantity = value,
        Unit = unit,
        Time = time,
        Confidence = unit is null ? 0.5 : 0.8,
    };

    private static Claim? Enclosing(Claim[] attributed, Claim claim)
    {
        foreach (var other in attributed)
            if (claim.Start >= other.Start && claim.End <= other.End) return other;
        return null;
    }
}
