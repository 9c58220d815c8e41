using ClaimPipeline.Claims.Numbers.Readers;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Filters;

/// <summary>
/// A low-high range in one token (<see cref="DashRangeToken"/>) of two small whole numbers that counts nothing is a
/// score ("lost 6-7 (2-7)"), and two years are a span of years ("in 2007-2013", "the 2007-2013 budgets"); "5-10
/// people", "10-15%", "aged 16-24", "5-10 million", "$1500-2000" and "1000-5000" are ranges. Runs once the unit and
/// age are known.
/// </summary>
public sealed class DashRangeFilter(NumberLexicons lexicons) : NonQuantityFilter
{
    public override bool Rejects(Document document, SentenceSpan sentence, in QuantityDraft quantity)
    {
        var number = quantity.Number;
        // A scale ("5-10 million", "1-2bn") or a currency sign makes it an amount whatever follows.
        if (number.High is not { } high || number.Vague || number.Scale > 1 || quantity.Currency is not null) return false;
        // As for a year alone (YearReader), only a unit of the lexicon makes two years a count.
        if (IsYear(number.Value) && IsYear(high))
            return number.TokenUnit is null && lexicons.Units.Match(document, number.End, sentence.EndToken, out _) == 0;
        // A score is two small whole numbers; "1000-5000" and "4.7-4.8" are ranges even when nothing is counted.
        return quantity.Unit is null && IsWhole(number.Value) && IsWhole(high) && high < ScoreLimit;
    }

    /// <summary>Scores stay below it in every sport BBC News reports (basketball's run to about 150).</summary>
    private const double ScoreLimit = 200;

    private static bool IsWhole(double value) => value == Math.Floor(value);

    private static bool IsYear(double value) => value is >= 1000 and <= 2100 && IsWhole(value);
}
