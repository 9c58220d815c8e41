using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// Finds the claim whose span encloses a given span, the earliest in the document's claim order when several do, or
/// the claims that overlap it.
/// Claims are sorted by start with a running maximum of their ends, so a look-up walks back only over claims that
/// could still reach the span's end: a long article with thousands of quotes stays linear.
/// </summary>
public sealed class EnclosingClaims
{
    private readonly Claim[] _byStart;
    private readonly int[] _order;
    private readonly int[] _maxEnd;

    public EnclosingClaims(IReadOnlyList<Claim> claims)
    {
        _order = new int[claims.Count];
        for (int i = 0; i < _order.Length; i++) _order[i] = i;
        // Stable: equal starts keep the claims' order.
        Array.Sort(_order, (a, b) => claims[a].Start != claims[b].Start ? claims[a].Start.CompareTo(claims[b].Start) : a.CompareTo(b));
        _byStart = new Claim[_order.Length];
        for (int i = 0; i < _order.Length; i++) _byStart[i] = claims[_order[i]];
        _maxEnd = new int[_byStart.Length];
        for (int i = 0; i < _byStart.Length; i++)
            _maxEnd[i] = Math.Max(i > 0 ? _maxEnd[i - 1] : int.MinValue, _byStart[i].End);
    }

    /// <summary>The enclosing claim of [start, end), or null.</summary>
    public Claim? Of(int start, int end)
    {
        int lo = 0, hi = _byStart.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_byStart[mid].Start <= start) lo = mid + 1;
            else hi = mid;
        }
        int best = -1;
        for (int i = lo - 1; i >= 0 && _maxEnd[i] >= end; i--)
            if (_byStart[i].End >= end && (best < 0 || _order[i] < _order[best])) best = i;
        return best < 0 ? null : _byStart[best];
    }

    /// <summary>Adds to <paramref name="into"/> every claim that overlaps [start, end), walking back as <see cref="Of"/> does.</summary>
    public void Overlapping(int start, int end, List<Claim> into)
    {
        int lo = 0, hi = _byStart.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_byStart[mid].Start < end) lo = mid + 1;
            else hi = mid;
        }
        for (int i = lo - 1; i >= 0 && _maxEnd[i] > start; i--)
            if (_byStart[i].End > start) into.Add(_byStart[i]);
    }
}
