using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// A bare count takes the unit of a coordinated one: "Of the 20 manufacturing sectors …, 13 reported growth",
/// "has seven nominations while The Aviator has 11", "climbed by 2.7% to 717,000, and … to 740 yen". Only counted
/// units carry (<see cref="UnitKinds.CarriesToCounts"/>), only across a clause boundary, and only to a number that
/// has no noun of its own after it: "the 12,000 man force" and "4,015 local personnel" count their own noun, which
/// the unit reader did not take as a unit (a singular or collective head), and keep no unit rather than a wrong one.
/// </summary>
public sealed class UnitCarrier(NumberLexicons lexicons)
{
    public void Carry(Document document, SentenceSpan sentence, List<FoundQuantity> found)
    {
        // The nearest unit-bearing quantity on either side, found in two passes rather than a search per quantity:
        // to the right as read, to the left including units carried on the way (found is in text order).
        var nextSource = new int[found.Count];
        for (int j = found.Count - 1, next = -1; j >= 0; j--)
        {
            nextSource[j] = next;
            if (IsSource(found[j])) next = j;
        }
        int previous = -1;
        for (int i = 0; i < found.Count; i++)
        {
            var bare = found[i];
            if (bare.Bare && bare.Claim.Unit is null && !NounFollows(document, sentence, bare.End) && Nearer(found, bare, previous, nextSource[i]) is { } source
                && Math.Abs(source.First - bare.First) <= NumberContext.NearTokens)
            {
                // Only across a clause boundary: "while", "and", a comma or "13 out of the 20 …" (not "270 all out in 48.1 overs")
                int from = Math.Min(source.End, bare.End), to = Math.Max(source.First, bare.First);
                bool joined = false;
                for (int k = from; k < to && !joined; k++)
                    joined = document.FoldedToken(k) is "while" or "and" or "," or "whereas" or "but"
                        || (document.FoldedToken(k) is "out" && k + 1 < to && document.FoldedToken(k + 1) is "of");
                if (joined) bare.Claim.Unit = source.Claim.Unit;
            }
            if (IsSource(bare)) previous = i;
        }
    }

    /// <summary>
    /// A noun after the number, past adjectives: "man" in "the 12,000 man force", "personnel" in "4,015 local
    /// personnel". A singular noun right after the number that ends a list item names a kind of the carried unit
    /// instead: "12 gold, 11 silver and nine bronze" medals.
    /// </summary>
    private static bool NounFollows(Document document, SentenceSpan sentence, int end)
    {
        for (int k = end; k < sentence.EndToken && document.Tokens[k].Kind == TokenKind.Word; k++)
        {
            var tag = UnitReader.Tag(document, k);
            if (tag is "NOUN" or "PROPN")
                return k > end || NounLemma.LooksPlural(document.FoldedToken(k)) || !(k + 1 >= sentence.EndToken
                    || document.FoldedToken(k + 1) is "," or ";" or "." or "and" or "or" or ")");
            if (tag != "ADJ") return false;
        }
        return false;
    }

    private bool IsSource(FoundQuantity quantity) =>
        quantity.Claim.Unit is { } unit && lexicons.UnitKinds.CarriesToCounts(unit)
        && quantity.Claim.Rule == ClaimRules.NumberQuantity && !unit.Contains(" per ", StringComparison.Ordinal);

    /// <summary>Of the sources at index <paramref name="left"/> and <paramref name="right"/> (-1: none), the nearer; the left one on a tie.</summary>
    private static FoundQuantity? Nearer(List<FoundQuantity> found, FoundQuantity bare, int left, int right)
    {
        if (left < 0) return right < 0 ? null : found[right];
        if (right < 0) return found[left];
        return found[right].First - bare.First < bare.First - found[left].First ? found[right] : found[left];
    }
}
