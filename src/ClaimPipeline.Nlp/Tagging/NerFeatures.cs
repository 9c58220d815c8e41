using ClaimPipeline.Nlp.Entities;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Nlp.Tagging;

/// <summary>
/// Features of the entity recognizer: the word as written and lowercased, affixes, shapes, two words each side,
/// the previous labels, gazetteer hits (with their position in the matched name) at and around the token, first
/// names, titles and role nouns, word classes learned from unlabeled news for the word and its neighbours, and
/// the label the same word form got earlier in the document; optionally the clusters of pretrained word vectors
/// (<see cref="VectorClusters"/>) for the word at three sizes and its neighbours at the middle one. (Parts of speech as features were tried and cost
/// dev F1, so the recognizer does not need the tagger.)
/// </summary>
public sealed class NerFeatures : ISequenceFeatures
{
    private const int FirstName = 1 << 20, Title = 1 << 21, RoleHead = 1 << 22, Stopword = 1 << 23, AllCaps = 1 << 30;
    private readonly NameLexicons _names;
    private readonly WordClusters _clusters;
    private readonly VectorClusters? _vectors;
    private readonly int[] _typeOfLabel;
    private readonly bool _secondPass;

    /// <param name="secondPass">
    /// The second pass of a two-pass recognizer also sees what the first pass said about the whole document:
    /// its label of the token and its neighbours, and every type it gave the same word anywhere in the document,
    /// later mentions included ("Mujahid" after "Zabihullah Mujahid", but also before it).
    /// </param>
    /// <param name="vectors">Word-vector clusters; a model trained with them has another feature set id (<see cref="IdFor"/>).</param>
    public NerFeatures(NameLexicons names, WordClusters clusters, string[] labels, bool secondPass = false, VectorClusters? vectors = null)
    {
        _names = names;
        _clusters = clusters;
        _vectors = vectors;
        _secondPass = secondPass;
        _typeOfLabel = new int[labels.Length];
        var types = new List<string>();
        for (int i = 0; i < labels.Length; i++)
        {
            var type = labels[i].Length > 2 ? labels[i][2..] : "";
            if (type.Length == 0)
            {
                _typeOfLabel[i] = -1;
                continue;
            }
            int index = types.IndexOf(type);
            if (index < 0)
            {
                types.Add(type);
                index = types.Count - 1;
            }
            _typeOfLabel[i] = index;
        }
    }

    public const string FeatureSetId = "ner-v6";

    /// <summary>
    /// The feature set id a model file records: with the vector-cluster features it differs, so that the pipeline
    /// refuses a model whose features its config does not give (or gives but the model lacks).
    /// </summary>
    public static string IdFor(bool vectorClusters) => vectorClusters ? FeatureSetId + "+vectors" : FeatureSetId;

    public string Id => _secondPass ? IdFor(_vectors is not null) + "-pass2" : IdFor(_vectors is not null);
    public int MaxFeatures => 192;

    public void BeginSentence(Document document, SentenceSpan sentence, TaggingScratch scratch)
    {
        var flags = scratch.TokenFlags(sentence.TokenCount);
        var classes = scratch.TokenClasses(sentence.TokenCount);
        var vectorClusters = _vectors is null ? default : scratch.VectorClusters(sentence.TokenCount);
        bool allCaps = IsAllCaps(document, sentence);
        var gazetteer = allCaps ? _names.GazetteerIgnoringCase : _names.Gazetteer;
        Span<char> buffer = stackalloc char[64];
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            // In a capitalised headline, look words up as they would be written in running text.
            var word = allCaps ? TitleCase(document.FoldedToken(t), buffer) : document.FoldedToken(t);
            int i = t - sentence.FirstToken;
            _clusters.TryGet(word, out classes[i].Right, out classes[i].Left, out classes[i].Capitalized);
            if (_vectors is not null) _vectors.TryGet(word, out vectorClusters[i]);
            if (_names.FirstNames.TryGet(word, out _)) flags[i] |= FirstName;
            if (_names.Titles.Contains(word)) flags[i] |= Title;
            if (_names.RoleHeads.TryGet(word, out _)) flags[i] |= RoleHead;
            if (_names.Stopwords.Contains(word)) flags[i] |= Stopword;
            int length = gazetteer.Match(document, t, sentence.EndToken, out var entry);
            for (int k = 0; k < length; k++)
            {
                int position = length == 1 ? 3 : k == 0 ? 0 : k == length - 1 ? 2 : 1; // U, B, L, I
                flags[i + k] |= 1 << ((int)entry.Label * 4 + position);
            }
        }
        if (allCaps)
            for (int i = 0; i < flags.Length; i++) flags[i] |= AllCaps;
    }

    /// <summary>The domain-specific copy of a feature.</summary>
    public static ulong DomainKey(ulong feature, int domain) => FeatureHash.Add(feature, 1000 + domain);

    /// <summary>Records the first pass's labels of a whole document in <paramref name="scratch"/> for the second pass.</summary>
    public void PrepareSecondPass(Document document, IReadOnlyList<int[]> labelsPerSentence, TaggingScratch scratch)
    {
        var firstPass = new int[document.Tokens.Length];
        scratch.FirstPassTypes.Clear();
        var lookup = scratch.FirstPassTypeLookup;
        for (int s = 0; s < document.Sentences.Length; s++)
        {
            var sentence = document.Sentences[s];
            var labels = labelsPerSentence[s];
            for (int i = 0; i < sentence.TokenCount; i++)
            {
                int token = sentence.FirstToken + i;
                firstPass[token] = labels[i];
                int type = _typeOfLabel[labels[i]];
                var word = document.FoldedToken(token);
                if (type < 0 || word.Length < 2 || !char.IsUpper(word[0])) continue;
                lookup[word] = (lookup.TryGetValue(word, out int bits) ? bits : 0) | (1 << type);
            }
        }
        scratch.FirstPassLabels = firstPass;
        scratch.DocumentLabels.Clear();
    }

    /// <summary>A headline in capitals ("JAPAN GET LUCKY WIN"): no lowercase letter in at least three words.</summary>
    private static bool IsAllCaps(Document document, SentenceSpan sentence)
    {
        int words = 0;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var word = document.FoldedToken(t);
            foreach (var c in word)
                if (char.IsLower(c)) return false;
            if (word.Length > 0 && char.IsLetter(word[0])) words++;
        }
        return words >= 3;
    }

    /// <summary>"GERMANY" → "Germany" in <paramref name="buffer"/>, so capitals find what the lexicons list.</summary>
    private static ReadOnlySpan<char> TitleCase(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > buffer.Length || word.Length == 0) return word;
        buffer[0] = word[0];
        for (int k = 1; k < word.Length; k++) buffer[k] = char.ToLowerInvariant(word[k]);
        return buffer[..word.Length];
    }

    public void EndSentence(Document document, SentenceSpan sentence, ReadOnlySpan<int> labels, TaggingScratch scratch)
    {
        var lookup = scratch.DocumentLabelLookup;
        for (int i = 0; i < labels.Length; i++)
        {
            int type = _typeOfLabel[labels[i]];
            if (type < 0) continue;
            var word = document.FoldedToken(sentence.FirstToken + i);
            if (word.Length > 1 && char.IsUpper(word[0])) lookup[word] = type;
        }
    }

    public int Extract(Document document, SentenceSpan sentence, int token, ReadOnlySpan<int> labels, TaggingScratch scratch, Span<ulong> output)
    {
        int n = 0;
        int i = token - sentence.FirstToken;
        var flags = scratch.CurrentFlags(sentence.TokenCount);
        var w = PosFeatures.Word(document, sentence, token);
        var wPrev = PosFeatures.Word(document, sentence, token - 1);
        var wPrev2 = PosFeatures.Word(document, sentence, token - 2);
        var wNext = PosFeatures.Word(document, sentence, token + 1);
        var wNext2 = PosFeatures.Word(document, sentence, token + 2);
        int t1 = i >= 1 ? labels[i - 1] : -1;
        int t2 = i >= 2 ? labels[i - 2] : -1;

        output[n++] = FeatureHash.Template(0);
        output[n++] = FeatureHash.Add(FeatureHash.Template(1), w);
        output[n++] = FeatureHash.AddLower(FeatureHash.Template(2), w);
        output[n++] = FeatureHash.AddShape(FeatureHash.Template(3), w, collapse: false);
        output[n++] = FeatureHash.AddShape(FeatureHash.Template(4), w, collapse: true);
        for (int k = 1; k <= 4; k++)
        {
            if (w.Length < k) break;
            output[n++] = FeatureHash.AddLower(FeatureHash.Template(4 + k), w[..k]);
            output[n++] = FeatureHash.AddLower(FeatureHash.Template(8 + k), w[^k..]);
        }
        output[n++] = FeatureHash.AddLower(FeatureHash.Template(13), wPrev);
        output[n++] = FeatureHash.AddLower(FeatureHash.Template(14), wNext);
        output[n++] = FeatureHash.AddLower(FeatureHash.Template(15), wPrev2);
        output[n++] = FeatureHash.AddLower(FeatureHash.Template(16), wNext2);
        output[n++] = FeatureHash.AddShape(FeatureHash.Template(17), wPrev, collapse: true);
        output[n++] = FeatureHash.AddShape(FeatureHash.Template(18), wNext, collapse: true);
        output[n++] = FeatureHash.Add(FeatureHash.Template(19), t1);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Template(20), t1), t2);
        output[n++] = FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Template(21), t1), w);
        output[n++] = FeatureHash.AddShape(FeatureHash.Add(FeatureHash.Template(22), t1), w, collapse: true);
        output[n++] = FeatureHash.AddLower(FeatureHash.AddLower(FeatureHash.Template(23), wPrev), w);
        output[n++] = FeatureHash.AddLower(FeatureHash.AddLower(FeatureHash.Template(24), w), wNext);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Template(25), i == 0 ? 1 : 0), flags[i] & AllCaps);

        int here = flags[i];
        for (int bit = 0; bit < 24; bit++)
            if ((here & (1 << bit)) != 0) output[n++] = FeatureHash.Add(FeatureHash.Template(30), bit);
        if (i > 0) n = AddNeighbourFlags(flags[i - 1], 31, output, n);
        if (i + 1 < flags.Length) n = AddNeighbourFlags(flags[i + 1], 32, output, n);

        var classes = scratch.CurrentTokenClasses(sentence.TokenCount);
        n = AddClasses(classes[i], 50, output, n);
        if (classes[i].Capitalized >= 0)
            output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Template(56), classes[i].Capitalized), char.IsUpper(w[0]) ? 1 : 0);
        if (i > 0) n = AddClasses(classes[i - 1], 52, output, n);
        if (i + 1 < classes.Length) n = AddClasses(classes[i + 1], 54, output, n);

        if (_vectors is not null)
        {
            // The word's cluster at each size; the neighbours' at the middle size only, to keep the rows few.
            var vectors = scratch.CurrentVectorClusters(sentence.TokenCount);
            if (vectors[i].Small >= 0)
            {
                output[n++] = FeatureHash.Add(FeatureHash.Template(70), vectors[i].Small);
                output[n++] = FeatureHash.Add(FeatureHash.Template(71), vectors[i].Middle);
                output[n++] = FeatureHash.Add(FeatureHash.Template(72), vectors[i].Large);
            }
            if (i > 0 && vectors[i - 1].Middle >= 0) output[n++] = FeatureHash.Add(FeatureHash.Template(73), vectors[i - 1].Middle);
            if (i + 1 < vectors.Length && vectors[i + 1].Middle >= 0) output[n++] = FeatureHash.Add(FeatureHash.Template(74), vectors[i + 1].Middle);
        }

        if (scratch.DocumentLabelLookup.TryGetValue(w, out int remembered))
            output[n++] = FeatureHash.Add(FeatureHash.Template(40), remembered);

        if (_secondPass && scratch.FirstPassLabels is { } firstPass)
        {
            output[n++] = FeatureHash.Add(FeatureHash.Template(60), firstPass[token]);
            output[n++] = FeatureHash.Add(FeatureHash.Template(61), token > sentence.FirstToken ? firstPass[token - 1] : -1);
            output[n++] = FeatureHash.Add(FeatureHash.Template(62), token + 1 < sentence.EndToken ? firstPass[token + 1] : -1);
            if (scratch.FirstPassTypeLookup.TryGetValue(w, out int types))
                output[n++] = FeatureHash.Add(FeatureHash.Template(63), types);
        }

        if (scratch.Domain != NewsDomain.None)
        {
            int shared = n;
            for (int k = 0; k < shared; k++) output[n++] = DomainKey(output[k], scratch.Domain);
        }
        return n;
    }

    private static int AddClasses((int Right, int Left, int Capitalized) classes, int template, Span<ulong> output, int n)
    {
        if (classes.Right < 0) return n;
        output[n++] = FeatureHash.Add(FeatureHash.Template(template), classes.Right);
        output[n++] = FeatureHash.Add(FeatureHash.Template(template + 1), classes.Left);
        return n;
    }

    /// <summary>Neighbour flags at coarse grain: which gazetteer label, first name, title, role noun.</summary>
    private static int AddNeighbourFlags(int flags, int template, Span<ulong> output, int n)
    {
        for (int label = 0; label < 5; label++)
            if ((flags & (0xF << (label * 4))) != 0) output[n++] = FeatureHash.Add(FeatureHash.Template(template), label);
        if ((flags & FirstName) != 0) output[n++] = FeatureHash.Add(FeatureHash.Template(template), 20);
        if ((flags & Title) != 0) output[n++] = FeatureHash.Add(FeatureHash.Template(template), 21);
        if ((flags & RoleHead) != 0) output[n++] = FeatureHash.Add(FeatureHash.Template(template), 22);
        return n;
    }
}
