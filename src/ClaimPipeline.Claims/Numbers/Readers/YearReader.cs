using ClaimPipeline.Claims.Rules;
using System.Globalization;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// "in 2010", "May 2010": a four-digit number from 1000 to 2100 is a year, unless a unit follows ("2010 people" is a
/// count), a plural noun follows it with no word before that makes it a date or a modifier ("1500 elephants were
/// counted", "some 1065 villas"; not "in 2004 elections", "the 2005 elections"), a currency sign stands before it
/// ("$2010"), or it opens a range whose other end is no year ("2000 - 2500 calories", "between 1000 and 5000"; "from
/// 1990 to 2000" stays two years).
/// </summary>
public sealed class YearReader(NumberLexicons lexicons) : DateReader
{
    public override string OpeningCharacters => "0123456789";

    public override DateReading? Read(Document document, SentenceSpan sentence, int t)
    {
        int limit = sentence.EndToken;
        if (!CalendarTokens.TryYear(document, t, out int year)) return null;
        if (t + 1 < limit && lexicons.Units.Match(document, t + 1, limit, out _) > 0) return null;
        if (CountsAPluralNoun(document, sentence, t)) return null;
        if (t > sentence.FirstToken && lexicons.CurrencyWords.Of(document.FoldedToken(t - 1)) is not null) return null;
        if (OpensRangeOfCounts(document, sentence, t, year)) return null;
        // "2007-2013" stays one token (no year); "2003/04" a season
        return new DateReading(t, t + 1, year, year.ToString(CultureInfo.InvariantCulture), ClaimRules.NumberYear);
    }

    /// <summary>
    /// A plural noun right after the number, and before it nothing that dates or names ("in", "since", "by", "of",
    /// "the", "its", a month or a possessive): the number counts the noun.
    /// </summary>
    private bool CountsAPluralNoun(Document document, SentenceSpan sentence, int t)
    {
        int next = t + 1;
        if (next >= sentence.EndToken || document.Tokens[next].Kind != TokenKind.Word || UnitReader.Tag(document, next) != "NOUN"
            || !NounLemma.LooksPlural(document.FoldedToken(next)) || char.IsUpper(document.FoldedToken(next)[0]))
            return false;
        if (t == sentence.FirstToken) return false; // "2004 elections were …": a year as often as a count
        var before = document.FoldedToken(t - 1);
        if (lexicons.Qualifiers.Match(document, t - 1, t, out _) == 1) return true; // "some 1500 elephants"
        return document.Tokens[t - 1].Kind == TokenKind.Word && UnitReader.Tag(document, t - 1) is not ("ADP" or "DET" or "PRON" or "PROPN" or "PART")
            && !(before.Length > 0 && char.IsUpper(before[0]));
    }

    /// <summary>
    /// A range joint after the year ("-", "–", "to", "through", or "and" after "between") and a larger whole number
    /// that is no year or takes a unit: the pair is a range of counts.
    /// </summary>
    private bool OpensRangeOfCounts(Document document, SentenceSpan sentence, int t, int year)
    {
        int limit = sentence.EndToken, other = t + 2;
        if (other >= limit) return false;
        var joint = document.FoldedToken(t + 1);
        bool between = t > sentence.FirstToken && document.FoldedToken(t - 1).Equals("between", StringComparison.OrdinalIgnoreCase);
        if (!(joint is "-" or "–" or "to" or "through" || (between && joint is "and"))) return false;
        if (!int.TryParse(document.FoldedToken(other), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out int value) || value <= year)
            return false;
        return !CalendarTokens.TryYear(document, other, out _) || (other + 1 < limit && lexicons.Units.Match(document, other + 1, limit, out _) > 0);
    }
}
