using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ClaimPipeline.Nlp.Tagging;

/// <summary>
/// The weights laid out for tagging: an open-addressing table whose 64-byte entries hold a feature's hash and its
/// row of class weights as 16-bit integers, so a look-up that finds its feature touches one cache line where the
/// float layout touched three (key, row offset, row). Scoring is memory-bound, so this is what makes it fast.
/// Weights are quantized with one scale per model (the largest weight maps to 32,000) and summed as integers,
/// which also makes the sum independent of the order of the features.
/// </summary>
public sealed class PackedWeights
{
    private const int LineBytes = 64;
    private readonly ulong[] _table; // pinned; entries start at _first, every _entryLongs longs
    private readonly ulong[] _occupied; // one bit per slot: small enough to stay in cache, so absent features cost no miss
    private readonly int _first;
    private readonly int _entryLongs;
    private readonly int _mask;
    private readonly int _classes;
    private readonly float _scale;

    public PackedWeights(ReadOnlySpan<ulong> features, ReadOnlySpan<float> weights, int classes)
    {
        _classes = classes;
        // 8 bytes of key and 2 per class, rounded up to whole cache lines.
        int entryBytes = (8 + 2 * classes + LineBytes - 1) / LineBytes * LineBytes;
        _entryLongs = entryBytes / 8;
        int capacity = 16;
        while (capacity < features.Length * 4 / 3 + 1) capacity <<= 1;
        _mask = capacity - 1;
        _table = GC.AllocateArray<ulong>(checked(capacity * _entryLongs + LineBytes / 8), pinned: true);
        _first = FirstAligned(_table);
        _occupied = new ulong[(capacity + 63) / 64];

        float largest = 0;
        foreach (var w in weights) largest = Math.Max(largest, Math.Abs(w));
        _scale = largest > 0 ? largest / 32000f : 1f;
        float inverse = 1f / _scale;
        var shorts = MemoryMarshal.Cast<ulong, short>(_table.AsSpan());
        for (int i = 0; i < features.Length; i++)
        {
            ulong key = Key(features[i]);
            int slot = Slot(key);
            while (_table[Entry(slot)] != 0 && _table[Entry(slot)] != key) slot = (slot + 1) & _mask;
            int entry = Entry(slot);
            _table[entry] = key;
            _occupied[slot >> 6] |= 1UL << slot;
            var row = weights.Slice(i * classes, classes);
            var packed = shorts.Slice(entry * 4 + 4, classes);
            for (int c = 0; c < classes; c++)
                if (row[c] != 0) packed[c] = (short)MathF.Round(row[c] * inverse); // most rows have a few non-zero classes
        }
    }

    /// <summary>Sets <paramref name="scores"/> to the summed weights of <paramref name="features"/> (unknown features add nothing).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        int classes = _classes;
        Span<int> sums = stackalloc int[(classes + 15) / 16 * 16];
        sums.Clear();
        var table = _table;
        var shorts = MemoryMarshal.Cast<ulong, short>(table.AsSpan());
        foreach (var feature in features)
        {
            ulong key = Key(feature);
            int slot = Slot(key);
            if ((_occupied[slot >> 6] & (1UL << slot)) == 0) continue; // an empty home slot: the feature is absent
            int entry;
            while (true)
            {
                entry = Entry(slot);
                ulong found = table[entry];
                if (found == key) break;
                if (found == 0)
                {
                    entry = -1;
                    break;
                }
                slot = (slot + 1) & _mask;
            }
            if (entry < 0) continue;
            var row = shorts.Slice(entry * 4 + 4, classes);
            int c = 0;
            for (; c + 16 <= classes; c += 16)
            {
                var (low, high) = Vector256.Widen(Vector256.Create(row.Slice(c, 16)));
                (Vector256.Create(sums.Slice(c, 8)) + low).CopyTo(sums.Slice(c, 8));
                (Vector256.Create(sums.Slice(c + 8, 8)) + high).CopyTo(sums.Slice(c + 8, 8));
            }
            for (; c < classes; c++) sums[c] += row[c];
        }
        for (int c = 0; c < classes; c++) scores[c] = sums[c] * _scale;
    }

    private int Entry(int slot) => _first + slot * _entryLongs;

    /// <summary>The first element at a cache-line boundary; the array lives on the pinned heap, so it stays there.</summary>
    private static int FirstAligned(ulong[] table)
    {
        var handle = GCHandle.Alloc(table, GCHandleType.Pinned);
        try
        {
            long misalignment = handle.AddrOfPinnedObject() % LineBytes;
            return misalignment == 0 ? 0 : (int)((LineBytes - misalignment) / 8);
        }
        finally
        {
            handle.Free();
        }
    }

    // 0 marks an empty slot; the one feature hashing to 0 shares key 1 with the one hashing to 1.
    private static ulong Key(ulong feature) => feature == 0 ? 1 : feature;

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> 40) & _mask;
}
