using ClaimPipeline.Nlp.Pipeline;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Nlp.Entities;

/// <summary>
/// Finds entities with lexicons and capitalisation rules, until a trained recognizer replaces it.
/// Pass 1 matches the gazetteer (longest first) and classifies runs of capitalised words: an organisation suffix
/// makes an ORG, a known first name or a title or role noun before the run makes a PERSON. Pass 2 gives the
/// remaining runs the type of a person named earlier or later in the article ("Baradar" after "Abdul Ghani Baradar").
/// </summary>
public sealed class RuleEntityRecognizer(NameLexicons lexicons) : IStage
{
    private static readonly string[] Connectors = ["bin", "al", "el", "de", "da", "del", "van", "von", "der", "la", "le", "ibn", "of"];

    public string Name => "entities";
    public IReadOnlyList<Layer> Requires { get; } = [Layer.Folded, Layer.Tokens, Layer.Sentences];
    public IReadOnlyList<Layer> Reads { get; } = [];
    public IReadOnlyList<Layer> Produces { get; } = [Layer.Entities];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var found = new List<EntitySpan>();
        var pending = new List<(int First, int End)>();
        foreach (var sentence in document.Sentences)
            FindInSentence(document, sentence, found, pending);

        var personWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in found)
        {
            if (entity.Label != EntityLabel.Person) continue;
            for (int t = entity.FirstToken; t < entity.EndToken; t++)
                personWords.Add(document.FoldedToken(t).ToString());
        }
        foreach (var (first, end) in pending)
        {
            bool person = true;
            for (int t = first; t < end && person; t++)
                person = personWords.Contains(document.FoldedToken(t).ToString());
            if (person)
                found.Add(Make(document, first, end, EntityLabel.Person));
            else if (!IsSentenceInitialSingle(document, first, end))
                found.Add(Make(document, first, end, EntityLabel.Misc));
        }
        found.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        document.Entities = found.ToArray();
    }

    private void FindInSentence(Document document, SentenceSpan sentence, List<EntitySpan> found, List<(int, int)> pending)
    {
        int t = sentence.FirstToken;
        while (t < sentence.EndToken)
        {
            var token = document.FoldedToken(t);
            if (!StartsUpper(token))
            {
                t++;
                continue;
            }
            int matched = lexicons.Gazetteer.Match(document, t, sentence.EndToken, out var entry);
            if (matched > 0)
            {
                found.Add(Make(document, t, t + matched, entry.Label));
                t += matched;
                continue;
            }
            int runEnd = CapitalizedRunEnd(document, t, sentence.EndToken);
            ClassifyRun(document, sentence, t, runEnd, found, pending);
            t = runEnd;
        }
    }

    /// <summary>End of the run of capitalised words from <paramref name="start"/>, stopping at a gazetteer name.</summary>
    private int CapitalizedRunEnd(Document document, int start, int limit)
    {
        int t = start + 1;
        while (t < limit)
        {
            var token = document.FoldedToken(t);
            if (StartsUpper(token))
            {
                if (lexicons.Gazetteer.Match(document, t, limit, out _) > 0) break;
                t++;
                continue;
            }
            if (t + 1 < limit && IsConnector(token) && StartsUpper(document.FoldedToken(t + 1)))
            {
                t++;
                continue;
            }
            break;
        }
        return t;
    }

    private void ClassifyRun(Document document, SentenceSpan sentence, int start, int end,
        List<EntitySpan> found, List<(int, int)> pending)
    {
        bool titled = false;
        // Leading stopwords ("The", "But") and titles ("President", "Mr.") are not part of the name.
        while (start < end && (lexicons.Stopwords.Contains(document.FoldedToken(start)) || IsTitle(document, start)))
        {
            titled |= IsTitle(document, start);
            start++;
        }
        while (end > start && IsConnector(document.FoldedToken(end - 1))) end--;
        if (start >= end) return;

        if (!titled && start > sentence.FirstToken)
            titled = IsTitle(document, start - 1) || lexicons.RoleHeads.TryGet(document.FoldedToken(start - 1), out _);

        var firstWord = document.FoldedToken(start);
        var lastWord = document.FoldedToken(end - 1);
        if (lexicons.OrgSuffixes.Contains(lastWord) || ContainsOf(document, start, end))
            found.Add(Make(document, start, end, EntityLabel.Org));
        else if (lexicons.FirstNames.TryGet(firstWord, out _) || titled)
            found.Add(Make(document, start, end, EntityLabel.Person));
        else if (end - start == 1 && IsAllCaps(firstWord))
            found.Add(Make(document, start, end, EntityLabel.Org));
        else
            pending.Add((start, end));
    }

    private bool IsTitle(Document document, int t) => lexicons.Titles.Contains(document.FoldedToken(t));

    private static bool ContainsOf(Document document, int start, int end)
    {
        for (int t = start + 1; t < end - 1; t++)
            if (document.FoldedToken(t) is "of") return true;
        return false;
    }

    private static bool IsSentenceInitialSingle(Document document, int first, int end)
    {
        if (end - first != 1) return false;
        int sentence = document.SentenceOfToken(first);
        return sentence >= 0 && document.Sentences[sentence].FirstToken == first;
    }

    private static bool IsConnector(ReadOnlySpan<char> token)
    {
        foreach (var c in Connectors)
            if (token.SequenceEqual(c)) return true;
        return false;
    }

    private static bool StartsUpper(ReadOnlySpan<char> token) => token.Length > 0 && char.IsUpper(token[0]);

    private static bool IsAllCaps(ReadOnlySpan<char> token)
    {
        if (token.Length < 2) return false;
        foreach (var c in token)
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }

    private static EntitySpan Make(Document document, int first, int end, EntityLabel label) =>
        new(first, end, document.Tokens[first].Start, document.Tokens[end - 1].End, label);
}
