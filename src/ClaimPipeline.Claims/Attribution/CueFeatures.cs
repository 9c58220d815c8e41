using ClaimPipeline.Nlp.Tagging;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Attribution;

/// <summary>
/// Features of one token for cue tagging: the word and its neighbours, parts of speech, the cue lexicon's class,
/// whether it is quoted, where it stands in its sentence, and the labels given to the two tokens before it. The
/// lexicon is a feature, not a gate, so the model can learn the cues it lacks ("polls show", "X wants"). Reads the
/// sentence's precomputed <see cref="SentenceFeatures"/>; <paramref name="i"/> is the token's index in the sentence.
/// </summary>
internal static class CueFeatures
{
    public const int Max = 32;

    public static int Extract(SentenceFeatures s, int i, int previous, int beforePrevious, Span<ulong> output)
    {
        int n = 0;
        ulong w0 = s.Words[i], wm1 = s.Word(i - 1), wp1 = s.Word(i + 1);
        int p0 = s.Tags[i], pm1 = s.Tag(i - 1), pp1 = s.Tag(i + 1);
        int cue = s.CueClasses[i];
        output[n++] = FeatureHash.Template(1);
        output[n++] = FeatureHash.AddHash(FeatureHash.Template(2), w0);
        output[n++] = FeatureHash.AddHash(FeatureHash.Template(3), wm1);
        output[n++] = FeatureHash.AddHash(FeatureHash.Template(4), wp1);
        output[n++] = FeatureHash.AddHash(FeatureHash.Template(5), s.Word(i - 2));
        output[n++] = FeatureHash.AddHash(FeatureHash.Template(6), s.Word(i + 2));
        output[n++] = FeatureHash.AddHash(FeatureHash.Template(7), s.Suffixes[i]);
        output[n++] = FeatureHash.Add(FeatureHash.Template(8), p0);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Template(9), pm1), p0);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Template(10), p0), pp1);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Template(11), pm1), p0), pp1);
        output[n++] = FeatureHash.AddHash(FeatureHash.AddHash(FeatureHash.Template(12), w0), wp1);
        output[n++] = FeatureHash.AddHash(FeatureHash.AddHash(FeatureHash.Template(13), wm1), w0);
        output[n++] = FeatureHash.AddHash(FeatureHash.Add(FeatureHash.Template(14), p0), wp1);
        output[n++] = FeatureHash.AddHash(FeatureHash.Add(FeatureHash.Template(15), pm1), w0);
        output[n++] = FeatureHash.Add(FeatureHash.Template(16), cue);
        output[n++] = FeatureHash.Add(FeatureHash.Template(17), i > 0 ? s.CueClasses[i - 1] : 0);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Template(18), s.Quoted[i] ? 1 : 0), p0);
        output[n++] = FeatureHash.Add(FeatureHash.Template(19), PositionBucket(i, s.Count));
        output[n++] = FeatureHash.Add(FeatureHash.Template(20), previous);
        output[n++] = FeatureHash.AddHash(FeatureHash.Add(FeatureHash.Template(21), previous), w0);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Template(22), previous), beforePrevious);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Template(23), EntityBefore(s, i)), p0);
        output[n++] = FeatureHash.AddHash(FeatureHash.Template(24), s.Shapes[i]);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Template(25), QuotedNearby(s, i)), p0);
        output[n++] = FeatureHash.AddHash(FeatureHash.Add(FeatureHash.Template(26), cue), wp1);
        return n;
    }

    /// <summary>The lexicon class of a cue starting at the token plus one, with its length above; 0 for none.</summary>
    internal static int CueClassAt(ITokenMarks marks, int t)
    {
        if (t < 0 || !marks.TryCueAt(t, out var cue, out int length)) return 0;
        return (int)cue.Class + 1 + (length > 1 ? 16 : 0);
    }

    private static int PositionBucket(int index, int count)
    {
        if (index == 0) return 0;
        if (index == count - 1) return 1;
        return 2 + 4 * index / count;
    }

    /// <summary>The type of an entity ending right before the token (or two before, past a comma), plus one; 0 for none.</summary>
    private static int EntityBefore(SentenceFeatures s, int i)
    {
        for (int back = 1; back <= 2 && i - back >= 0; back++)
            if (s.Entities[i - back] > 0) return s.Entities[i - back];
        return 0;
    }

    /// <summary>Whether the tokens on each side are quoted (a cue often sits right after a closing quotation).</summary>
    private static int QuotedNearby(SentenceFeatures s, int i) =>
        (i > 0 && s.Quoted[i - 1] ? 1 : 0) + (i + 1 < s.Count && s.Quoted[i + 1] ? 2 : 0);
}
