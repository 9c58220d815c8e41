using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers.Readers;

/// <summary>
/// "from 75% to 60%", "from 36,185 in 2003 to 28,041", "from £98 to the pensioner credit guarantee level of £105.45":
/// the start and end of one measure, the "to" within ten tokens and no comma, semicolon or second "from" before it.
/// </summary>
public sealed class FromToRangeReader(SecondNumberReader second) : CompoundReader
{
    /// <summary>How far after the first number "to" may stand, and how far after "to" a level "of" may.</summary>
    private const int ToWindow = 10, LevelWindow = 8;

    public override bool Read(Document document, SentenceSpan sentence, ref QuantityDraft quantity)
    {
        int limit = sentence.EndToken, end = quantity.End, t = quantity.Start;
        if (end + 1 >= limit || t <= sentence.FirstToken || !document.FoldedToken(t - 1).Equals("from", StringComparison.OrdinalIgnoreCase))
            return false;
        var unit = quantity.Unit;
        for (int k = end; k < Math.Min(limit - 1, end + ToWindow); k++)
        {
            var word = document.FoldedToken(k);
            if (word is "," or ";" or "from") return false;
            if (word is not "to") continue;
            if (second.Read(document, k + 1, limit) is { } direct && (unit is null || direct.Unit is null || direct.Unit == unit))
            {
                quantity.TakeRange(direct);
                return true;
            }
            for (int j = k + 1; j < Math.Min(limit, k + LevelWindow); j++)
                if (document.FoldedToken(j) is "of" && second.Read(document, j + 1, limit) is { } late && late.Unit == unit && unit is not null)
                {
                    quantity.TakeRange(late);
                    return true;
                }
            return false;
        }
        return false;
    }
}
