using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ClaimPipeline.Nlp.Tagging;

/// <summary>
/// The weights laid out for tagging: an open-addressing table whose 64-byte entries hold a feature's hash and its
/// row of class weights as 16-bit integers, so a look-up that finds its feature touches one cache line where the
/// float layout touched three (key, row offset, row). Scoring is memory-bound, so this is what makes it fast.
/// Weights are quantized with one scale per model (the largest weight maps to 32,000) and summed as integers,
/// which also makes the sum independent of the order of the features. A one-bit-per-slot map, small enough to
/// stay in cache, answers most look-ups of absent features without touching the table.
/// </summary>
public sealed class PackedWeights
{
    private const int LineBytes = 64;
    private const double LoadFactor = 0.7;
    private readonly ulong[] _table; // pinned; entries start at _first, every _entryLongs longs
    private readonly ulong[] _occupied;
    private readonly int[] _entryOfRow; // while filling: the table entry of each feature row
    private readonly int _first;
    private readonly int _entryLongs;
    private readonly int _capacity;
    private readonly int _classes;
    private readonly float _scale;
    private readonly float _inverse;

    /// <summary>An empty table for <paramref name="features"/>; fill it with <see cref="Set"/>.</summary>
    public PackedWeights(ReadOnlySpan<ulong> features, int classes, float largestWeight)
    {
        _classes = classes;
        // 8 bytes of key and 2 per class, rounded up to whole cache lines; a model of a few classes packs 2 or 4
        // entries into a line instead (16 or 32 bytes, which never straddle one), so its table is 4 times smaller.
        int rawBytes = 8 + 2 * classes;
        int entryBytes = rawBytes <= 16 ? 16 : rawBytes <= 32 ? 32 : (rawBytes + LineBytes - 1) / LineBytes * LineBytes;
        _entryLongs = entryBytes / 8;
        _capacity = Math.Max(16, (int)(features.Length / LoadFactor) + 1);
        _table = GC.AllocateArray<ulong>(checked(_capacity * _entryLongs + LineBytes / 8), pinned: true);
        _first = FirstAligned(_table);
        _occupied = new ulong[(_capacity + 63) / 64];
        _scale = largestWeight > 0 ? largestWeight / 32000f : 1f;
        _inverse = 1f / _scale;
        _entryOfRow = new int[features.Length];
        for (int i = 0; i < features.Length; i++)
        {
            ulong key = Key(features[i]);
            int slot = Slot(key);
            while (_table[Entry(slot)] != 0 && _table[Entry(slot)] != key) slot = Next(slot);
            int entry = Entry(slot);
            _table[entry] = key;
            _occupied[slot >> 6] |= 1UL << slot;
            _entryOfRow[i] = entry;
        }
    }

    /// <summary>A table of dense float rows (one row of <paramref name="classes"/> per feature).</summary>
    public PackedWeights(ReadOnlySpan<ulong> features, ReadOnlySpan<float> weights, int classes)
        : this(features, classes, LargestMagnitude(weights))
    {
        for (int i = 0; i < features.Length; i++)
            for (int c = 0; c < classes; c++)
                if (weights[i * classes + c] != 0) Set(i, c, weights[i * classes + c]); // most rows have a few non-zero classes
    }

    /// <summary>Sets the weight of class <paramref name="c"/> in the row of feature number <paramref name="row"/>.</summary>
    public void Set(int row, int c, float weight) =>
        MemoryMarshal.Cast<ulong, short>(_table.AsSpan())[_entryOfRow[row] * 4 + 4 + c] = (short)MathF.Round(weight * _inverse);

    /// <summary>The weights as floats, one row per feature (quantized: within half a step of what was set).</summary>
    public float[] Dequantize(int features)
    {
        var shorts = MemoryMarshal.Cast<ulong, short>(_table.AsSpan());
        var weights = new float[features * _classes];
        for (int i = 0; i < features; i++)
            for (int c = 0; c < _classes; c++) weights[i * _classes + c] = shorts[_entryOfRow[i] * 4 + 4 + c] * _scale;
        return weights;
    }

    public static float LargestMagnitude(ReadOnlySpan<float> weights)
    {
        float largest = 0;
        foreach (var w in weights) largest = Math.Max(largest, Math.Abs(w));
        return largest;
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
                slot = Next(slot);
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

    private int Next(int slot) => slot + 1 == _capacity ? 0 : slot + 1;

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

    /// <summary>The home slot: the hash's high bits scaled to the capacity (no power of two needed).</summary>
    private int Slot(ulong key) => (int)((((key * 0x9E3779B97F4A7C15UL) >> 32) * (ulong)_capacity) >> 32);
}
