using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// A bare count takes the unit of a coordinated one: "Of the 20 manufacturing sectors …, 13 reported growth",
/// "has seven nominations while The Aviator has 11", "climbed by 2.7% to 717,000, and … to 740 yen". Only counted
/// units carry (<see cref="UnitKinds.CarriesToCounts"/>), and only across a clause boundary.
/// </summary>
public sealed class UnitCarrier(NumberLexicons lexicons)
{
    public void Carry(Document document, List<FoundQuantity> found)
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
            if (IsSource(bare)) previous = i;
        }
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
