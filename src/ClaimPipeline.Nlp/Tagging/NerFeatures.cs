using ClaimPipeline.Nlp.Entities;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Nlp.Tagging;

/// <summary>
/// Features of the entity recognizer: the word as written and lowercased, affixes, shapes, two words each side,
/// the previous labels, gazetteer hits (with their position in the matched name) at and around the token, first
/// names, titles and role nouns, word classes learned from unlabeled news for the word and its neighbours, and
/// the label the same word form got earlier in the document; since v7 also how the document writes the word
/// elsewhere and the words around its other mentions (<see cref="DocumentWordIndex"/>), the names the training
/// corpora annotate (<see cref="NameMemory"/>) and the typed gazetteer's classes (<see cref="TypedGazetteer"/>);
/// optionally the clusters of pretrained word vectors (<see cref="VectorClusters"/>). (Parts of speech as
/// features were tried and cost dev F1, so the recognizer does not need the tagger.)
/// </summary>
public sealed class NerFeatures : ISequenceFeatures, ISplitSequenceFeatures
{
    private const int FirstName = 1 << 20, Title = 1 << 21, RoleHead = 1 << 22, Stopword = 1 << 23, AllCaps = 1 << 30;
    private readonly NameLexicons _names;
    private readonly WordClusters _clusters;
    private readonly VectorClusters? _vectors;
    private readonly TypedGazetteer? _gazetteer;
    private readonly int[] _typeOfLabel;
    private readonly bool _secondPass;

    /// <param name="secondPass">
    /// The second pass of a two-pass recognizer also sees what the first pass said about the whole document:
    /// its label of the token and its neighbours, and every type it gave the same word anywhere in the document,
    /// later mentions included ("Mujahid" after "Zabihullah Mujahid", but also before it).
    /// </param>
    /// <param name="resources">Word classes, and the optional tables; a model trained with other optional tables has another feature set id (<see cref="IdFor"/>).</param>
    public NerFeatures(NameLexicons names, NerResources resources, string[] labels, bool secondPass = false)
    {
        _names = names;
        _clusters = resources.Clusters;
        _vectors = resources.Vectors;
        _gazetteer = resources.Gazetteer;
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

    public const string FeatureSetId = "ner-v7";

    /// <summary>
    /// The feature set id a model file records: with the vector-cluster or typed-gazetteer features it differs, so
    /// that the pipeline refuses a model whose features its config does not give (or gives but the model lacks).
    /// </summary>
    public static string IdFor(bool vectorClusters, bool gazetteer) =>
        FeatureSetId + (vectorClusters ? "+vectors" : "") + (gazetteer ? "+gazetteers" : "");

    public string Id => IdFor(_vectors is not null, _gazetteer is not null) + (_secondPass ? "-pass2" : "");
    public int MaxFeatures => 256;

    /// <summary>Names mined from the training corpora's gold labels; null to leave the feature out.</summary>
    public NameMemory? Memory { get; init; }

    /// <summary>Feature groups left out (for measuring what each adds); the model records them.</summary>
    public NerFeatureGroups LeftOut { get; init; }

    public void BeginSentence(Document document, SentenceSpan sentence, TaggingScratch scratch)
    {
        if (!ReferenceEquals(scratch.WordIndex.Document, document)) scratch.WordIndex.Build(document);
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
                int position = PlaceInMatch(k, length);
                flags[i + k] |= 1 << ((int)entry.Label * 4 + position);
            }
        }
        if (allCaps)
            for (int i = 0; i < flags.Length; i++) flags[i] |= AllCaps;
        if (_gazetteer is { } typed)
        {
            var bits = scratch.GazetteerBits(sentence.TokenCount);
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                int length = allCaps ? typed.MatchIgnoringCase(document, t, sentence.EndToken, out int mask) : typed.Match(document, t, sentence.EndToken, out mask);
                int i = t - sentence.FirstToken;
                for (int k = 0; k < length; k++)
                {
                    int position = PlaceInMatch(k, length);
                    bits[i + k] |= (ulong)(uint)mask << (position * 16);
                }
            }
        }
        if (Memory is { } memory)
        {
            var codes = scratch.MemoryCodes(sentence.TokenCount);
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                int length = memory.Match(document, t, sentence.EndToken, scratch.NameMemoryFold, out int type, out bool clear);
                if (length == 0) continue;
                int i = t - sentence.FirstToken;
                for (int k = 0; k < length; k++)
                {
                    int position = PlaceInMatch(k, length);
                    codes[i + k] = 1 + (type * 4 + position) * 2 + (clear ? 1 : 0);
                }
                t += length - 1;
            }
        }
    }

    /// <summary>Where token <paramref name="k"/> stands in a match of <paramref name="length"/> tokens: 0 first, 1 inside, 2 last, 3 alone.</summary>
    private static int PlaceInMatch(int k, int length) => length == 1 ? 3 : k == 0 ? 0 : k == length - 1 ? 2 : 1;

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
    internal static bool IsAllCaps(Document document, SentenceSpan sentence)
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
        int n = AddFixed(document, sentence, token, scratch, output);
        int i = token - sentence.FirstToken;
        var (word, shape) = HistoryKeys(document, token);
        n = AddHistory(i >= 1 ? labels[i - 1] : -1, i >= 2 ? labels[i - 2] : -1, word, shape, output, n);
        return AddDomainCopies(scratch, output, n);
    }

    public int ExtractFixed(Document document, SentenceSpan sentence, int token, TaggingScratch scratch, Span<ulong> output)
    {
        // The word's part of the label-reading features is hashed once here, not once per beam hypothesis.
        scratch.HistoryKeys = HistoryKeys(document, token);
        return AddDomainCopies(scratch, output, AddFixed(document, sentence, token, scratch, output));
    }

    public int ExtractHistory(Document document, SentenceSpan sentence, int token, int previous, int beforePrevious, TaggingScratch scratch, Span<ulong> output)
    {
        var (word, shape) = scratch.HistoryKeys;
        return AddDomainCopies(scratch, output, AddHistory(previous, beforePrevious, word, shape, output, 0));
    }

    /// <summary>The word and its shape, hashed into the templates of the features that join them with the previous label.</summary>
    private static (ulong Word, ulong Shape) HistoryKeys(Document document, int token)
    {
        var w = document.FoldedToken(token);
        return (FeatureHash.AddLower(FeatureHash.Template(21), w), FeatureHash.AddShape(FeatureHash.Template(22), w, collapse: true));
    }

    /// <summary>The features that read the labels given to the tokens before: the previous one or two, with the word and its shape.</summary>
    private static int AddHistory(int t1, int t2, ulong word, ulong shape, Span<ulong> output, int n)
    {
        output[n++] = FeatureHash.Add(FeatureHash.Template(19), t1);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Template(20), t1), t2);
        output[n++] = FeatureHash.Add(word, t1);
        output[n++] = FeatureHash.Add(shape, t1);
        return n;
    }

    /// <summary>With a news domain, every feature also fires in a copy specific to it.</summary>
    private static int AddDomainCopies(TaggingScratch scratch, Span<ulong> output, int n)
    {
        if (scratch.Domain == NewsDomain.None) return n;
        int shared = n;
        for (int k = 0; k < shared; k++) output[n++] = DomainKey(output[k], scratch.Domain);
        return n;
    }

    private int AddFixed(Document document, SentenceSpan sentence, int token, TaggingScratch scratch, Span<ulong> output)
    {
        int n = 0;
        int i = token - sentence.FirstToken;
        var flags = scratch.CurrentFlags(sentence.TokenCount);
        var w = PosFeatures.Word(document, sentence, token);
        var wPrev = PosFeatures.Word(document, sentence, token - 1);
        var wPrev2 = PosFeatures.Word(document, sentence, token - 2);
        var wNext = PosFeatures.Word(document, sentence, token + 1);
        var wNext2 = PosFeatures.Word(document, sentence, token + 2);

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

        if ((LeftOut & NerFeatureGroups.History) == 0 && scratch.DocumentLabelLookup.TryGetValue(w, out int remembered))
            output[n++] = FeatureHash.Add(FeatureHash.Template(40), remembered);

        if (_gazetteer is not null)
        {
            // Each class the token's matches have, with its place in the match; the neighbours' classes alone.
            var bits = scratch.CurrentGazetteerBits(sentence.TokenCount);
            for (int bit = 0; bit < 64; bit++)
                if ((bits[i] & (1UL << bit)) != 0) output[n++] = FeatureHash.Add(FeatureHash.Template(87), bit);
            if (i > 0) n = AddGazetteerClasses(bits[i - 1], 88, output, n);
            if (i + 1 < bits.Length) n = AddGazetteerClasses(bits[i + 1], 89, output, n);
        }

        if (Memory is not null)
        {
            var codes = scratch.CurrentMemoryCodes(sentence.TokenCount);
            if (codes[i] != 0) output[n++] = FeatureHash.Add(FeatureHash.Template(84), codes[i]);
            if (i > 0 && codes[i - 1] != 0) output[n++] = FeatureHash.Add(FeatureHash.Template(85), codes[i - 1]);
            if (i + 1 < codes.Length && codes[i + 1] != 0) output[n++] = FeatureHash.Add(FeatureHash.Template(86), codes[i + 1]);
        }

        if (w.Length > 1 && char.IsUpper(w[0]))
        {
            var index = scratch.WordIndex;
            if ((LeftOut & NerFeatureGroups.Case) == 0)
            {
                int evidence = (i == 0 ? 1 : 0) | (index.HasLowercase(w) ? 2 : 0) | (index.CapitalisedInside(w) ? 4 : 0) | ((flags[i] & AllCaps) != 0 ? 8 : 0);
                output[n++] = FeatureHash.Add(FeatureHash.Template(80), evidence);
            }
            if ((LeftOut & NerFeatureGroups.Context) == 0)
            {
                // The words around the same name elsewhere in the document: "Duran" after "boxer" there, here too.
                int taken = 0;
                foreach (int other in index.Occurrences(w))
                {
                    if (other == token) continue;
                    if (other > 0) output[n++] = FeatureHash.AddLower(FeatureHash.Template(81), document.FoldedToken(other - 1));
                    if (other + 1 < document.Tokens.Length) output[n++] = FeatureHash.AddLower(FeatureHash.Template(82), document.FoldedToken(other + 1));
                    if (++taken == DocumentWordIndex.MaxOccurrences) break;
                }
            }
        }

        if (_secondPass && scratch.FirstPassLabels is { } firstPass)
        {
            output[n++] = FeatureHash.Add(FeatureHash.Template(60), firstPass[token]);
            output[n++] = FeatureHash.Add(FeatureHash.Template(61), token > sentence.FirstToken ? firstPass[token - 1] : -1);
            output[n++] = FeatureHash.Add(FeatureHash.Template(62), token + 1 < sentence.EndToken ? firstPass[token + 1] : -1);
            if (scratch.FirstPassTypeLookup.TryGetValue(w, out int types))
                output[n++] = FeatureHash.Add(FeatureHash.Template(63), types);
        }

        return n;
    }

    private static int AddGazetteerClasses(ulong bits, int template, Span<ulong> output, int n)
    {
        uint classes = (uint)(bits | bits >> 16 | bits >> 32 | bits >> 48) & 0xFFFF;
        for (int bit = 0; bit < 16; bit++)
            if ((classes & (1u << bit)) != 0) output[n++] = FeatureHash.Add(FeatureHash.Template(template), bit);
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
