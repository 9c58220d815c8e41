using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// "the 1990s", "the late 1990s", "mid 1980s": a decade, its first year as quantity, as written in the time column. It
/// has no rule: a decade is read so that no count is made of it, and is only ever the time of another claim.
/// </summary>
public sealed class DecadeReader : DateReader
{
    public override string OpeningCharacters => "0123456789";

    public override DateReading? Read(Document document, SentenceSpan sentence, int t)
    {
        if (!CalendarTokens.TryDecade(document.FoldedToken(t), out int decade)) return null;
        int first = t > sentence.FirstToken && document.FoldedToken(t - 1) is "early" or "mid" or "late" ? t - 1 : t;
        return new DateReading(first, t + 1, decade, document.Slice(document.Tokens[first].Start, document.Tokens[t].End), Rule: null);
    }
}
