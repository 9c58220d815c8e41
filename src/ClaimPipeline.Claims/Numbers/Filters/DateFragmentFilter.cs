using ClaimPipeline.Claims.Numbers.Readers;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Filters;

/// <summary>
/// Pieces of dates that the date readers leave: a day after an abbreviated month with a dot ("the Oct. 20 national
/// elections"), the end of a span of days after a month and day ("from July 6 to 16"), and the end of a span of years
/// written with a dash or slash ("the 2021–22 budget", "2021/22"). None is an amount.
/// </summary>
public sealed class DateFragmentFilter(NumberLexicons lexicons) : NonQuantityFilter
{
    public override bool Rejects(Document document, SentenceSpan sentence, in QuantityDraft quantity)
    {
        var number = quantity.Number;
        int t = number.First, from = sentence.FirstToken;
        if (quantity.Currency is not null || number.Spelled || number.TokenUnit is not null || number.End - t != 1 || t - 2 < from
            || document.Tokens[t].Kind != TokenKind.Number)
            return false;
        var previous = document.FoldedToken(t - 1);
        // "2021–22", "2021/22": two digits that follow a year's last two.
        if (previous is "-" or "–" or "/" && CalendarTokens.TryYear(document, t - 2, out int year) && document.FoldedToken(t).Length == 2
            && number.Value > year % 100)
            return true;
        if (!CalendarTokens.TryDayNumber(document.FoldedToken(t), out _)) return false;
        // "Oct. 20"
        if (previous is "." && CalendarTokens.IsMonth(lexicons, document, t - 2, out _) || IsMonthWithDot(previous)) return true;
        // "July 6 to 16", "Oct. 6 to 16"
        if (previous is not ("to" or "until" or "till" or "through" or "-" or "–") || t - 3 < from || !CalendarTokens.TryDayNumber(document.FoldedToken(t - 2), out _)) return false;
        int month = document.FoldedToken(t - 3) is "." && t - 4 >= from ? t - 4 : t - 3;
        return CalendarTokens.IsMonth(lexicons, document, month, out _) || IsMonthWithDot(document.FoldedToken(month));
    }

    /// <summary>"Oct.", "Sept.": a capitalised month abbreviation that kept its dot in the token.</summary>
    private bool IsMonthWithDot(ReadOnlySpan<char> token) =>
        token.Length > 2 && token[^1] == '.' && char.IsUpper(token[0]) && lexicons.TimeWords.TryGet(token[..^1], out var word) && word.Kind == "month";
}
