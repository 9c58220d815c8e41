using ClaimPipeline.Nlp.Tagging;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Attribution;

/// <summary>
/// What the attribution features read of one sentence, computed once per sentence rather than once per feature or
/// per cue: each token's word, suffix and shape hashes, tag, lexicon cue class, entity and quotation mark, and
/// running counts of commas, verbs and quoted tokens, so that "how many commas lie between this token and the cue"
/// costs the same at any distance. Reused across sentences; one per tagging thread.
/// </summary>
internal sealed class SentenceFeatures
{
    /// <summary>The hash of a word outside the sentence.</summary>
    public static readonly ulong Boundary = FeatureHash.Add(FeatureHash.Empty, "<s>");

    public SentenceSpan Sentence { get; private set; }
    public int Count { get; private set; }
    public ulong[] Words { get; private set; } = [];
    public ulong[] Suffixes { get; private set; } = [];
    public ulong[] Shapes { get; private set; } = [];
    /// <summary>The tag index plus one (0: no tagger).</summary>
    public int[] Tags { get; private set; } = [];
    /// <summary>The lexicon cue class starting at the token (<see cref="CueFeatures.CueClassAt"/>).</summary>
    public int[] CueClasses { get; private set; } = [];
    /// <summary>The entity label plus one (0: none).</summary>
    public int[] Entities { get; private set; } = [];
    public bool[] Quoted { get; private set; } = [];
    /// <summary>Running counts over tokens [0, i): index i holds the count before token i.</summary>
    public int[] CommasBefore { get; private set; } = [];
    public int[] VerbsBefore { get; private set; } = [];
    public int[] QuotedBefore { get; private set; } = [];
    /// <summary>Whether the token can start a cue (<see cref="AttributionModel"/>): never inside a quotation.</summary>
    public bool[] CanStartCue { get; private set; } = [];

    public void Load(Document document, ITokenMarks marks, SentenceSpan sentence)
    {
        Sentence = sentence;
        int n = Count = sentence.TokenCount;
        if (Words.Length < n)
        {
            int size = Math.Max(n, 2 * Words.Length);
            Words = new ulong[size];
            Suffixes = new ulong[size];
            Shapes = new ulong[size];
            Tags = new int[size];
            CueClasses = new int[size];
            Entities = new int[size];
            Quoted = new bool[size];
            CanStartCue = new bool[size];
            CommasBefore = new int[size + 1];
            VerbsBefore = new int[size + 1];
            QuotedBefore = new int[size + 1];
        }
        bool tagged = document.Tags.Length > 0;
        var verbTags = tagged ? VerbTags(document.TagNames) : [];
        for (int i = 0; i < n; i++)
        {
            int t = sentence.FirstToken + i;
            var word = document.FoldedToken(t);
            Words[i] = FeatureHash.AddLower(FeatureHash.Empty, word);
            Suffixes[i] = FeatureHash.AddLower(FeatureHash.Empty, word.Length > 3 ? word[^3..] : word);
            Shapes[i] = FeatureHash.AddShape(FeatureHash.Empty, word, collapse: true);
            Tags[i] = tagged ? document.Tags[t] + 1 : 0;
            CueClasses[i] = CueFeatures.CueClassAt(marks, t);
            int entity = document.EntityAtToken(t);
            Entities[i] = entity < 0 ? 0 : (int)document.Entities[entity].Label + 1;
            Quoted[i] = marks.IsQuoted(t);
            // A cue inside a quotation is the quoted speaker's own ("I think …"), which the quote's row holds.
            CanStartCue[i] = !Quoted[i] && AttributionModel.CanStartCue(document, sentence, t);
            bool comma = word is "," or ";" or ":" or "\u2014" or "--";
            CommasBefore[i + 1] = CommasBefore[i] + (comma ? 1 : 0);
            VerbsBefore[i + 1] = VerbsBefore[i] + (!comma && tagged && verbTags[document.Tags[t]] ? 1 : 0);
            QuotedBefore[i + 1] = QuotedBefore[i] + (Quoted[i] ? 1 : 0);
        }
    }

    public ulong Word(int i) => i >= 0 && i < Count ? Words[i] : Boundary;
    public int Tag(int i) => i >= 0 && i < Count ? Tags[i] : 0;

    /// <summary>Which tag indexes are verbs or auxiliaries, read from the tag names once per sentence.</summary>
    private static bool[] VerbTags(string[] names)
    {
        var verbs = new bool[names.Length];
        for (int i = 0; i < names.Length; i++) verbs[i] = names[i] is "VERB" or "AUX";
        return verbs;
    }
}
