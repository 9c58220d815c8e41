namespace ClaimPipeline.Cli.Output;

/// <summary>
/// What corroboration compares of one claim, computed once: its TF-IDF vector and norm, its quoted phrases, its
/// speaker's words (null when it has no speaker, which is compatible with any), and its verbatim runs.
/// </summary>
internal sealed class ClaimFeatures(ClaimRow row, int article, Dictionary<string, double> vector, HashSet<string> quoted, HashSet<string>? speakerWords)
{
    public ClaimRow Row { get; } = row;
    public int Article { get; } = article;
    public Dictionary<string, double> Vector { get; } = vector;
    public HashSet<string> Quoted { get; } = quoted;
    public HashSet<string>? SpeakerWords { get; } = speakerWords;
    public double Norm { get; } = Math.Sqrt(vector.Values.Sum(w => w * w));

    /// <summary>Hashes of every run of <see cref="RunLength"/> words of a quote or reported speech, for claims that repeat the same words.</summary>
    public HashSet<ulong> Runs { get; } = row.Kind == "numeric" ? [] : WordRuns(row.Claim);

    /// <summary>Words in a run two claims must share to be the same words: longer than a name or a set phrase (dev: 9 to 10 best, 7 joined names).</summary>
    public const int RunLength = 10;

    private static HashSet<ulong> WordRuns(string claim)
    {
        // FNV-1a of each lowercase word of letters and digits, then of each run of word hashes: the same on every
        // run and machine, and no string is built.
        const ulong Basis = 14695981039346656037, Prime = 1099511628211;
        var words = new List<ulong>();
        ulong word = Basis;
        bool inWord = false;
        foreach (char c in claim)
        {
            if (char.IsLetterOrDigit(c))
            {
                word = (word ^ char.ToLowerInvariant(c)) * Prime;
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(word);
                (word, inWord) = (Basis, false);
            }
        }
        if (inWord) words.Add(word);
        var runs = new HashSet<ulong>();
        for (int start = 0; start + RunLength <= words.Count; start++)
        {
            ulong hash = Basis;
            for (int w = start; w < start + RunLength; w++) hash = (hash ^ words[w]) * Prime;
            runs.Add(hash);
        }
        return runs;
    }

    /// <summary>Cosine of two claims' vectors, walking the shorter one.</summary>
    public static double Cosine(ClaimFeatures a, ClaimFeatures b)
    {
        if (a.Norm == 0 || b.Norm == 0) return 0;
        var (small, large) = a.Vector.Count <= b.Vector.Count ? (a.Vector, b.Vector) : (b.Vector, a.Vector);
        double dot = 0;
        foreach (var (word, weight) in small)
            if (large.TryGetValue(word, out var other)) dot += weight * other;
        return dot / (a.Norm * b.Norm);
    }
}
