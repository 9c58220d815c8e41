namespace ClaimPipeline.Nlp.Tagging;

/// <summary>Which label may follow which: none for POS tags; for BILOU entity tags, only well-formed sequences.</summary>
public sealed class LabelConstraints
{
    private readonly bool[,]? _allowed;
    private readonly bool[]? _canStart;
    // Per previous label (index 0: sentence start), the labels allowed next, and whether each may end a sentence.
    private readonly int[][]? _after;
    private readonly bool[]? _canEnd;

    private LabelConstraints(bool[,]? allowed, bool[]? canStart, string[]? labels = null)
    {
        _allowed = allowed;
        _canStart = canStart;
        if (allowed is null || labels is null) return;
        int n = labels.Length;
        _after = new int[n + 1][];
        for (int previous = -1; previous < n; previous++)
        {
            var list = new List<int>();
            for (int next = 0; next < n; next++)
                if (previous < 0 ? canStart![next] : allowed[previous, next]) list.Add(next);
            _after[previous + 1] = list.ToArray();
        }
        _canEnd = labels.Select(l => l.Length > 0 && l[0] is 'O' or 'L' or 'U').ToArray();
    }

    /// <summary>The labels allowed after <paramref name="previous"/> (-1 at a sentence's start), in class order; null without constraints.</summary>
    public int[]? AllowedAfter(int previous) => _after?[previous + 1];

    /// <summary>Whether a label may end a sentence (no entity left open), by class index.</summary>
    public bool CanEnd(int label) => _canEnd is null || _canEnd[label];

    public static LabelConstraints None { get; } = new(null, null);

    /// <summary>For BILOU labels ("O", "B-PER", "I-PER", "L-PER", "U-PER"): I/L continue the same type after B/I only.</summary>
    public static LabelConstraints Bilou(string[] labels)
    {
        int n = labels.Length;
        var allowed = new bool[n, n];
        var canStart = new bool[n];

        for (int next = 0; next < n; next++)
        {
            var (nextPrefix, nextType) = Split(labels[next]);
            canStart[next] = nextPrefix is 'O' or 'B' or 'U';
            for (int previous = 0; previous < n; previous++)
            {
                var (prevPrefix, prevType) = Split(labels[previous]);
                bool open = prevPrefix is 'B' or 'I';
                allowed[previous, next] = nextPrefix is 'I' or 'L'
                    ? open && prevType == nextType
                    : !open;
            }
        }
        return new LabelConstraints(allowed, canStart, labels);
    }

    public bool Allowed(int previous, int next) =>
        _allowed is null || (previous < 0 ? _canStart![next] : _allowed[previous, next]);

    /// <summary>Allowed as the last label of a sentence: no entity left open.</summary>
    public bool CanEnd(int label, string[] labels) => _allowed is null || labels[label][0] is 'O' or 'L' or 'U';

    /// <summary>The best-scoring label allowed after <paramref name="previous"/> (-1 at the start), and at the end of a sentence also allowed to end it.</summary>
    public int Decide(ReadOnlySpan<float> scores, int previous, bool last, string[] labels)
    {
        int best = -1;
        for (int c = 0; c < scores.Length; c++)
        {
            if (!Allowed(previous, c) || (last && !CanEnd(c, labels))) continue;
            if (best < 0 || scores[c] > scores[best]) best = c;
        }
        return best < 0 ? AveragedPerceptron.ArgMax(scores) : best;
    }

    private static (char Prefix, string Type) Split(string label) =>
        label.Length > 2 && label[1] == '-' ? (label[0], label[2..]) : (label.Length > 0 ? label[0] : 'O', "");
}
