using System.Runtime.Intrinsics;

namespace ClaimPipeline.Nlp.Training;

/// <summary>
/// K-means over word vectors scaled to unit length (words grouped by direction, not by how frequent they were):
/// k-means++ seeding from a fixed seed, then at most a fixed number of Lloyd iterations. Deterministic on every
/// machine: products are summed in 256-bit lanes in a fixed order (no fused multiply-add, no width that varies
/// with the processor), centres are summed in double in word order, and ties go to the lower cluster.
/// </summary>
public static class VectorKMeans
{
    private const int Lane = 8;

    /// <summary>The cluster (0..k-1) of each vector.</summary>
    public static int[] Cluster(IReadOnlyList<float[]> vectors, int dimensions, int k, int iterations, int seed)
    {
        int n = vectors.Count;
        if (k < 1 || k > n) throw new ArgumentOutOfRangeException(nameof(k), $"{k} clusters for {n} vectors");
        int stride = (dimensions + Lane - 1) / Lane * Lane;
        var points = new float[n * stride];
        for (int i = 0; i < n; i++)
        {
            var row = points.AsSpan(i * stride, dimensions);
            vectors[i].AsSpan(0, dimensions).CopyTo(row);
            double norm = Math.Sqrt(Dot(row, row, dimensions));
            if (norm > 0) for (int d = 0; d < dimensions; d++) row[d] = (float)(row[d] / norm);
        }
        var centres = Seed(points, n, stride, k, seed);
        var assignment = new int[n];
        Array.Fill(assignment, -1);
        for (int iteration = 0; ; iteration++)
        {
            if (!Assign(points, n, centres, k, stride, assignment) || iteration == iterations) break;
            Update(points, n, centres, k, stride, assignment);
        }
        return assignment;
    }

    /// <summary>k-means++: each next centre is a point drawn with probability proportional to its squared
    /// distance from the nearest centre so far.</summary>
    private static float[] Seed(float[] points, int n, int stride, int k, int seed)
    {
        var random = new Random(seed);
        var centres = new float[k * stride];
        var nearest = new float[n];
        int chosen = random.Next(n);
        for (int c = 0; ; c++)
        {
            points.AsSpan(chosen * stride, stride).CopyTo(centres.AsSpan(c * stride, stride));
            if (c == k - 1) return centres;
            var centre = centres.AsMemory(c * stride, stride);
            bool first = c == 0;
            Parallel.For(0, n, i =>
            {
                float distance = SquaredDistance(points.AsSpan(i * stride, stride), centre.Span, stride);
                if (first || distance < nearest[i]) nearest[i] = distance;
            });
            double total = 0;
            for (int i = 0; i < n; i++) total += nearest[i];
            if (total <= 0)
            {
                // Fewer distinct points than clusters: any point will do.
                chosen = random.Next(n);
                continue;
            }
            double target = random.NextDouble() * total, sum = 0;
            chosen = n - 1;
            for (int i = 0; i < n; i++)
                if ((sum += nearest[i]) > target && nearest[i] > 0)
                {
                    chosen = i;
                    break;
                }
        }
    }

    /// <summary>Moves each point to its nearest centre; false when none moved.</summary>
    private static bool Assign(float[] points, int n, float[] centres, int k, int stride, int[] assignment)
    {
        var lengths = new float[k];
        for (int c = 0; c < k; c++) lengths[c] = Dot(centres.AsSpan(c * stride, stride), centres.AsSpan(c * stride, stride), stride);
        int moved = 0;
        Parallel.For(0, n, i =>
        {
            var point = points.AsSpan(i * stride, stride);
            // |p − c|² = |p|² − 2 p·c + |c|², and |p|² is the same for every centre.
            int best = 0;
            float bestScore = float.PositiveInfinity;
            for (int c = 0; c < k; c++)
            {
                float score = lengths[c] - 2 * Dot(point, centres.AsSpan(c * stride, stride), stride);
                if (score < bestScore)
                {
                    bestScore = score;
                    best = c;
                }
            }
            if (assignment[i] != best)
            {
                assignment[i] = best;
                Interlocked.Increment(ref moved);
            }
        });
        return moved > 0;
    }

    /// <summary>Each centre becomes the mean of its points; a centre left with none stays where it was.</summary>
    private static void Update(float[] points, int n, float[] centres, int k, int stride, int[] assignment)
    {
        var sums = new double[k * stride];
        var counts = new int[k];
        for (int i = 0; i < n; i++)
        {
            int c = assignment[i];
            counts[c]++;
            for (int d = 0; d < stride; d++) sums[c * stride + d] += points[i * stride + d];
        }
        for (int c = 0; c < k; c++)
            if (counts[c] > 0)
                for (int d = 0; d < stride; d++) centres[c * stride + d] = (float)(sums[c * stride + d] / counts[c]);
    }

    private static float SquaredDistance(ReadOnlySpan<float> a, ReadOnlySpan<float> b, int length)
    {
        var sum = Vector256<float>.Zero;
        for (int d = 0; d < length; d += Lane)
        {
            var difference = Vector256.Create(a.Slice(d, Lane)) - Vector256.Create(b.Slice(d, Lane));
            sum += difference * difference;
        }
        return Total(sum);
    }

    /// <summary>a·b over the first <paramref name="length"/> values, a multiple of 8 (the padded rows).</summary>
    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b, int length)
    {
        var sum = Vector256<float>.Zero;
        int d = 0;
        for (; d + Lane <= length; d += Lane) sum += Vector256.Create(a.Slice(d, Lane)) * Vector256.Create(b.Slice(d, Lane));
        float tail = 0;
        for (; d < length; d++) tail += a[d] * b[d];
        return Total(sum) + tail;
    }

    /// <summary>The lanes' sum in one fixed order.</summary>
    private static float Total(Vector256<float> v)
    {
        var half = v.GetLower() + v.GetUpper();
        return (half[0] + half[2]) + (half[1] + half[3]);
    }
}
