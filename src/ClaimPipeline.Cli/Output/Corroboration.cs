using System.Text;

namespace ClaimPipeline.Cli.Output;

/// <summary>
/// Claims from different articles that state the same thing (extract --corroborate): they get one cluster_id (the
/// first claim_id of the cluster in output order) and the cluster's size; a claim alone gets none and size 1.
/// Two quote or reported-speech claims pair when their speakers are compatible (they share a name word, or one is
/// unknown) and either they quote the same words (a quotation of two words or more that each article quotes once),
/// or their words are alike (TF-IDF cosine of stemmed words of 0.5 or more over the batch), or, said by one named
/// speaker in two reports of the same event (<see cref="ArticleSimilarity"/>), their words are somewhat alike
/// (cosine 0.3 or more, six words or more each). Two numeric claims pair when value and unit are equal and they
/// share a subject that names something (capitalised) or a subject and predicate, or, in two reports of one event,
/// when the value is particular (not a small whole number, not a date). Pairs join transitively. Measured on the
/// annotated pairs of tests/ClaimPipeline.Cli.Tests/Gold (docs/corroboration.md).
/// </summary>
public static class Corroboration
{
    public const double MinCosine = 0.5;

    public static List<List<ClaimRow>> Assign(List<List<ClaimRow>> articles)
    {
        var rows = articles.SelectMany((list, article) => list.Select(row => (Row: row, Article: article))).ToList();
        var words = rows.Select(r => Words(r.Row.Claim)).ToList();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var stems = words.Select(Stems).ToList();
        var stemFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rows.Count; i++)
        {
            foreach (var word in words[i].Keys)
                documentFrequency[word] = documentFrequency.GetValueOrDefault(word) + 1;
            foreach (var stem in stems[i].Keys)
                stemFrequency[stem] = stemFrequency.GetValueOrDefault(stem) + 1;
        }
        var similarity = new ArticleSimilarity(articles);
        var quoted = rows.Select(r => QuotedPhrases(r.Row.Claim)).ToList();
        DropRecurringPhrases(rows.Select(r => r.Article).ToList(), quoted);
        // Computed once per row: a large batch tries millions of pairs.
        var features = new ClaimFeatures[rows.Count];
        for (int i = 0; i < rows.Count; i++)
            features[i] = new ClaimFeatures(rows[i].Row, rows[i].Article, Weigh(stems[i], stemFrequency, rows.Count), quoted[i],
                rows[i].Row.Speaker is not { Length: > 0 } speaker ? null : NameWords(speaker));
        var parent = Enumerable.Range(0, rows.Count).ToArray();
        // Only rows that share a rare word, or a value and unit, can pair: comparing every two rows of a large batch
        // would cost the square of its size, and two claims with no rare word in common are not alike anyway.
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var keys = new List<string>[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            keys[i] = BlockingKeys(rows[i].Row, words[i], documentFrequency).ToList();
            foreach (var key in keys[i])
            {
                if (!postings.TryGetValue(key, out var list)) postings[key] = list = [];
                list.Add(i);
            }
        }
        // Each row meets each later row it shares a key with once: seen[j] == i marks j as met by i.
        var seen = new int[rows.Count];
        Array.Fill(seen, -1);
        for (int i = 0; i < rows.Count; i++)
            foreach (var key in keys[i])
            {
                var list = postings[key];
                if (list.Count > MaxPosting) continue;
                // Postings are in row order, so the later rows are the tail after i.
                for (int p = list.BinarySearch(i) + 1; p < list.Count; p++)
                {
                    int j = list[p];
                    if (seen[j] == i || rows[i].Article == rows[j].Article) continue;
                    seen[j] = i;
                    if (Pair(features[i], features[j], similarity)) Union(parent, i, j);
                }
            }
        JoinVerbatimRuns(features, parent);
        var members = new Dictionary<int, List<int>>();
        for (int i = 0; i < rows.Count; i++)
        {
            int root = Find(parent, i);
            if (!members.TryGetValue(root, out var list)) members[root] = list = [];
            list.Add(i);
        }
        var result = articles.Select(_ => new List<ClaimRow>()).ToList();
        for (int i = 0; i < rows.Count; i++)
        {
            var cluster = members[Find(parent, i)];
            var row = cluster.Count > 1
                ? rows[i].Row with { ClusterId = rows[cluster[0]].Row.ClaimId, ClusterSize = cluster.Count }
                : rows[i].Row with { ClusterId = null, ClusterSize = 1 };
            result[rows[i].Article].Add(row);
        }
        return result;
    }

    /// <summary>A word in more claims than this is no evidence of sameness, and its posting list is skipped.</summary>
    private const int MaxPosting = 200;

    private static IEnumerable<string> BlockingKeys(ClaimRow row, Dictionary<string, int> words, Dictionary<string, int> documentFrequency)
    {
        if (row.Kind == "numeric")
        {
            if (row.Quantity is { } q) yield return $"#{InvariantNumber.Format(q)}|{row.Unit?.ToLowerInvariant()}";
            yield break;
        }
        foreach (var word in words.Keys)
            if (documentFrequency[word] <= MaxPosting) yield return word;
    }

    private static bool Pair(ClaimFeatures fa, ClaimFeatures fb, ArticleSimilarity similarity)
    {
        ClaimRow a = fa.Row, b = fb.Row;
        if (a.Kind == "numeric" || b.Kind == "numeric")
        {
            if (a.Kind != b.Kind || a.Quantity is null || a.Quantity != b.Quantity || !Same(a.Unit, b.Unit)) return false;
            // The same value of the same named thing ("Baradar": eight years held, 8 years spent); a subject that is only
            // the counted noun ("two sons") says nothing, unless the predicate is the same too.
            if (a.Subject is { Length: > 0 } subject && Same(subject, b.Subject) && !Same(subject, a.Unit)
                && (char.IsUpper(subject[0]) || (a.Predicate is not null && Same(a.Predicate, b.Predicate)))) return true;
            // Or a value too particular to recur by chance (42.4 km, $2.1bn, 300 people) in two reports of one event.
            return Particular(a) && similarity.Between(fa.Article, fb.Article) >= SameEventCosine;
        }
        if (fa.SpeakerWords is { } left && fb.SpeakerWords is { } right && !left.Overlaps(right)) return false;
        if (fa.Quoted.Overlaps(fb.Quoted)) return true;
        double cosine = ClaimFeatures.Cosine(fa, fb);
        if (cosine >= MinCosine) return true;
        // Two outlets paraphrase one statement in their own words: with the same named speaker, in reports of the
        // same event, fewer shared words suffice. A fragment of a few words ("one country, two systems") is a term,
        // too short to be told apart from another statement that uses it.
        return cosine >= NamedSpeakerCosine && fa.SpeakerWords is not null && fb.SpeakerWords is not null
            && fa.Vector.Count >= MinStatementWords && fb.Vector.Count >= MinStatementWords
            && similarity.Between(fa.Article, fb.Article) >= SameEventCosine;
    }

    /// <summary>Claim cosine enough for one named speaker's claims in reports of one event (picked on the gold set's dev half).</summary>
    public const double NamedSpeakerCosine = 0.3;

    /// <summary>Article cosine (over the names in the claims' evidence) from which two articles report one event; dev F1 was the same at 0.1-0.3.</summary>
    public const double SameEventCosine = 0.2;

    /// <summary>Distinct words a claim needs to pair on the named-speaker cosine.</summary>
    public const int MinStatementWords = 6;

    /// <summary>A value with a unit that is no date and no small whole number: unlikely to be shared by chance.</summary>
    private static bool Particular(ClaimRow row) =>
        row.Unit is { Length: > 0 } unit && unit != "date" && row.Quantity is { } q
        && (q >= 10 || q != Math.Floor(q));

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>Lowercase words of letters and digits, dots inside a word dropped ("U.S." is "us"), with their counts.</summary>
    internal static Dictionary<string, int> Words(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var word = new StringBuilder();
        void Flush()
        {
            if (word.Length > 0) counts[word.ToString()] = counts.GetValueOrDefault(word.ToString()) + 1;
            word.Clear();
        }
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c)) word.Append(char.ToLowerInvariant(c));
            else if (c == '.' && word.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1])) continue;
            else Flush();
        }
        Flush();
        return counts;
    }

    /// <summary>
    /// The words of a speaker that can identify it: not "the" ("The Guardian" and "The Times" are two outlets) and
    /// not particles of one or two letters ("Al", "de", "Mr"). A speaker with no such word is compatible only with
    /// claims that have no speaker.
    /// </summary>
    private static HashSet<string> NameWords(string speaker) =>
        Words(speaker).Keys.Where(w => w.Length > 2 && w != "the").ToHashSet(StringComparer.Ordinal);

    /// <summary>Words with their commonest English endings cut ("operations" and "operation"; "warned" and "warn"), for similarity.</summary>
    internal static Dictionary<string, int> Stems(Dictionary<string, int> words)
    {
        var stems = new Dictionary<string, int>(words.Count, StringComparer.Ordinal);
        foreach (var (word, count) in words)
        {
            var stem = Stem(word);
            stems[stem] = stems.GetValueOrDefault(stem) + count;
        }
        return stems;
    }

    private static string Stem(string word)
    {
        if (word.Length <= 4 || !char.IsLetter(word[^1])) return word;
        if (word.EndsWith("ies", StringComparison.Ordinal)) return word[..^3] + "y";
        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5) return word[..^3];
        if (word.EndsWith("ed", StringComparison.Ordinal)) return word[..^2];
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) return word[..^1];
        return word;
    }

    /// <summary>
    /// TF-IDF: each count times log((1 + documents) / (1 + the word's document frequency)), plus <paramref name="floor"/>
    /// (1 keeps a word every document has from weighing nothing).
    /// </summary>
    internal static Dictionary<string, double> Weigh(Dictionary<string, int> counts, Dictionary<string, int> documentFrequency, int documents,
        double floor = 0)
    {
        var vector = new Dictionary<string, double>(counts.Count, StringComparer.Ordinal);
        foreach (var (word, count) in counts) vector[word] = count * (floor + Math.Log((1.0 + documents) / (1.0 + documentFrequency[word])));
        return vector;
    }

    internal static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        double dot = 0, na = 0, nb = 0;
        foreach (var (word, weight) in a)
        {
            na += weight * weight;
            if (b.TryGetValue(word, out var other)) dot += weight * other;
        }
        foreach (var weight in b.Values) nb += weight * weight;
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    /// <summary>
    /// Ten words in the same order are one statement whoever the rows name: two people do not say the same sentence,
    /// and one of the speakers is then wrong ("It's time to quit attacking…", McConnell's, given to Trump). Every row
    /// with a run joins the first row of another article with the same run, which links all of them.
    /// </summary>
    private static void JoinVerbatimRuns(ClaimFeatures[] features, int[] parent)
    {
        var rowsOfRun = new Dictionary<ulong, List<int>>();
        for (int i = 0; i < features.Length; i++)
            foreach (var run in features[i].Runs)
            {
                if (!rowsOfRun.TryGetValue(run, out var list)) rowsOfRun[run] = list = [];
                if (list.Count == 0 || list[^1] != i) list.Add(i);
            }
        foreach (var list in rowsOfRun.Values)
        {
            // Linear in the list, however many rows of one article repeat the run: each row joins the list's first
            // row, or, in the first row's article, the first row of another article.
            int first = list[0], at = list.FindIndex(j => features[j].Article != features[first].Article);
            if (at < 0) continue;
            int other = list[at];
            foreach (int i in list) Union(parent, i, features[i].Article != features[first].Article ? first : other);
        }
    }

    /// <summary>
    /// A phrase quoted in two claims of one article is a term of the story ("one country, two systems"), not a
    /// statement, and says nothing about which claims are the same; a statement is quoted once ("red line").
    /// </summary>
    private static void DropRecurringPhrases(List<int> articleOf, List<HashSet<string>> quoted)
    {
        var seen = new Dictionary<(int, string), int>();
        for (int i = 0; i < quoted.Count; i++)
            foreach (var phrase in quoted[i]) seen[(articleOf[i], phrase)] = seen.GetValueOrDefault((articleOf[i], phrase)) + 1;
        for (int i = 0; i < quoted.Count; i++)
            quoted[i].RemoveWhere(phrase => seen[(articleOf[i], phrase)] > 1);
    }

    /// <summary>The quoted phrases of two words or more in a claim, as normalised word sequences.</summary>
    private static HashSet<string> QuotedPhrases(string claim)
    {
        var phrases = new HashSet<string>(StringComparer.Ordinal);
        int open = -1;
        for (int i = 0; i < claim.Length; i++)
        {
            char c = claim[i];
            if (c is '\u201C' || (c == '"' && open < 0)) open = i + 1;
            else if ((c is '\u201D' || c == '"') && open >= 0)
            {
                var phrase = string.Join(' ', claim[open..i].ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                    .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())).Where(w => w.Length > 0));
                if (phrase.Contains(' ')) phrases.Add(phrase);
                open = -1;
            }
        }
        return phrases;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        int ra = Find(parent, a), rb = Find(parent, b);
        if (ra != rb) parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
    }
}
