using ClaimPipeline.Nlp.Tagging;

namespace ClaimPipeline.Claims.Attribution;

/// <summary>
/// Features of one token for role tagging, given a cue over the sentence's tokens [cueFirst, cueEnd) (indexes in the
/// sentence): which side of the cue it stands on and how far, the cue word, the token's word and part of speech,
/// the commas, verbs and quotation marks between it and the cue, and the labels given to the tokens before it.
/// Every feature carries the side, since a source before "said" and one after "according to" look alike only through it.
/// </summary>
internal static class RoleFeatures
{
    public const int Max = 24;

    public static int Extract(SentenceFeatures s, int cueFirst, int cueEnd, int i, int previous, int beforePrevious, Span<ulong> output)
    {
        int n = 0;
        bool left = i < cueFirst;
        int side = left ? 1 : 2;
        int distance = left ? cueFirst - i : i - cueEnd + 1;
        int bucket = DistanceBucket(distance);
        ulong w0 = s.Words[i], cue = s.Words[cueFirst];
        int p0 = s.Tags[i], pm1 = s.Tag(i - 1);
        // Between the token and the cue: (i, cueFirst) on the left, [cueEnd, i) on the right.
        int from = left ? i + 1 : cueEnd, to = left ? cueFirst : i;
        int commas = s.CommasBefore[to] - s.CommasBefore[from];
        int verbs = s.VerbsBefore[to] - s.VerbsBefore[from];
        int quotes = s.QuotedBefore[to] - s.QuotedBefore[from];
        ulong h = FeatureHash.Add(FeatureHash.Template(100), side);
        output[n++] = h;
        output[n++] = FeatureHash.Add(FeatureHash.Add(h, 1), bucket);
        output[n++] = FeatureHash.AddHash(FeatureHash.Add(h, 2), w0);
        output[n++] = FeatureHash.Add(FeatureHash.Add(h, 3), p0);
        output[n++] = FeatureHash.AddHash(FeatureHash.Add(h, 4), cue);
        output[n++] = FeatureHash.Add(FeatureHash.AddHash(FeatureHash.Add(h, 5), cue), bucket);
        output[n++] = FeatureHash.Add(FeatureHash.Add(h, 6), previous);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(h, 7), previous), p0);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(h, 8), previous), beforePrevious);
        output[n++] = FeatureHash.Add(FeatureHash.Add(h, 9), Math.Min(commas, 2));
        output[n++] = FeatureHash.Add(FeatureHash.Add(h, 10), Math.Min(verbs, 2));
        output[n++] = FeatureHash.Add(FeatureHash.Add(h, 11), Math.Min(quotes, 1));
        output[n++] = FeatureHash.Add(FeatureHash.Add(h, 12), s.Quoted[i] ? 1 : 0);
        output[n++] = FeatureHash.Add(FeatureHash.Add(h, 13), s.Entities[i]);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(h, 14), pm1), p0);
        output[n++] = FeatureHash.AddHash(FeatureHash.Add(h, 15), s.Word(i - 1));
        output[n++] = FeatureHash.AddHash(FeatureHash.Add(h, 16), s.Word(i + 1));
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(h, 17), s.CueClasses[cueFirst]), bucket);
        output[n++] = FeatureHash.Add(FeatureHash.AddHash(FeatureHash.Add(h, 18), cue), p0);
        output[n++] = FeatureHash.AddHash(FeatureHash.Add(h, 19), s.Word(cueEnd));
        output[n++] = FeatureHash.AddHash(FeatureHash.Add(h, 20), s.Word(cueFirst - 1));
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(h, 21), Math.Min(commas, 2)), Math.Min(verbs, 2)), previous);
        output[n++] = FeatureHash.Add(FeatureHash.Add(h, 22), (i == 0 ? 1 : 0) + (i == s.Count - 1 ? 2 : 0));
        return n;
    }

    private static int DistanceBucket(int distance) => distance switch
    {
        <= 4 => distance,
        <= 6 => 5,
        <= 10 => 6,
        <= 20 => 7,
        _ => 8,
    };
}
