using ClaimPipeline.Nlp.Tagging;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Attribution;

/// <summary>
/// Features of one token for cue tagging: the word and its neighbours, parts of speech, the cue lexicon's class,
/// whether it is quoted, where it stands in its sentence, and the labels given to the two tokens before it. The
/// lexicon is a feature, not a gate, so the model can learn the cues it lacks ("polls show", "X wants").
/// </summary>
internal static class CueFeatures
{
    public const int Max = 32;

    public static int Extract(Document document, ITokenMarks marks, SentenceSpan sentence, int t, int previous, int beforePrevious,
        Span<ulong> output)
    {
        int n = 0;
        int first = sentence.FirstToken, end = sentence.EndToken;
        var w0 = Word(document, t, first, end);
        var wm1 = Word(document, t - 1, first, end);
        var wp1 = Word(document, t + 1, first, end);
        int p0 = Tag(document, t, first, end), pm1 = Tag(document, t - 1, first, end), pp1 = Tag(document, t + 1, first, end);
        output[n++] = FeatureHash.Template(1);
        output[n++] = FeatureHash.AddLower(FeatureHash.Template(2), w0);
        output[n++] = FeatureHash.AddLower(FeatureHash.Template(3), wm1);
        output[n++] = FeatureHash.AddLower(FeatureHash.Template(4), wp1);
        output[n++] = FeatureHash.AddLower(FeatureHash.Template(5), Word(document, t - 2, first, end));
        output[n++] = FeatureHash.AddLower(FeatureHash.Template(6), Word(document, t + 2, first, end));
        output[n++] = FeatureHash.AddLower(FeatureHash.Template(7), w0.Length > 3 ? w0[^3..] : w0);
        output[n++] = FeatureHash.Add(FeatureHash.Template(8), p0);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Template(9), pm1), p0);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Template(10), p0), pp1);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Template(11), pm1), p0), pp1);
        output[n++] = FeatureHash.AddLower(FeatureHash.AddLower(FeatureHash.Template(12), w0), wp1);
        output[n++] = FeatureHash.AddLower(FeatureHash.AddLower(FeatureHash.Template(13), wm1), w0);
        output[n++] = FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Template(14), p0), wp1);
        output[n++] = FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Template(15), pm1), w0);
        output[n++] = FeatureHash.Add(FeatureHash.Template(16), CueClassAt(marks, t));
        output[n++] = FeatureHash.Add(FeatureHash.Template(17), CueClassAt(marks, t - 1 >= first ? t - 1 : -1));
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Template(18), marks.IsQuoted(t) ? 1 : 0), p0);
        output[n++] = FeatureHash.Add(FeatureHash.Template(19), PositionBucket(t - first, end - first));
        output[n++] = FeatureHash.Add(FeatureHash.Template(20), previous);
        output[n++] = FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Template(21), previous), w0);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Template(22), previous), beforePrevious);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Template(23), EntityBefore(document, t, first)), p0);
        output[n++] = FeatureHash.AddShape(FeatureHash.Template(24), w0, collapse: true);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Template(25), QuotedNearby(marks, t, first, end)), p0);
        output[n++] = FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Template(26), CueClassAt(marks, t)), wp1);
        return n;
    }

    /// <summary>The token's text, or an empty span outside the sentence.</summary>
    internal static ReadOnlySpan<char> Word(Document document, int t, int first, int end) =>
        t >= first && t < end ? document.FoldedToken(t) : "<s>".AsSpan();

    /// <summary>The token's part-of-speech tag index plus one; 0 outside the sentence or without tags.</summary>
    internal static int Tag(Document document, int t, int first, int end) =>
        t >= first && t < end && document.Tags.Length > t ? document.Tags[t] + 1 : 0;

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
    internal static int EntityBefore(Document document, int t, int first)
    {
        for (int back = 1; back <= 2 && t - back >= first; back++)
        {
            int entity = document.EntityAtToken(t - back);
            if (entity >= 0) return (int)document.Entities[entity].Label + 1;
        }
        return 0;
    }

    /// <summary>Whether the tokens on each side are quoted (a cue often sits right after a closing quotation).</summary>
    private static int QuotedNearby(ITokenMarks marks, int t, int first, int end) =>
        (t > first && marks.IsQuoted(t - 1) ? 1 : 0) + (t + 1 < end && marks.IsQuoted(t + 1) ? 2 : 0);
}
