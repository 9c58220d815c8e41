using ClaimPipeline.Nlp.Tagging;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Attribution;

/// <summary>
/// Features of one token for role tagging, given a cue over tokens [cueFirst, cueEnd) of its sentence: which side of
/// the cue it stands on and how far, the cue word, the token's word and part of speech, the commas, verbs and
/// quotation marks between it and the cue, and the labels given to the tokens before it. Every feature carries the
/// side, since a source before "said" and one after "according to" look alike only through it.
/// </summary>
internal static class RoleFeatures
{
    public const int Max = 24;

    public static int Extract(Document document, ITokenMarks marks, SentenceSpan sentence, int cueFirst, int cueEnd, int t,
        int previous, int beforePrevious, Span<ulong> output)
    {
        int n = 0;
        int first = sentence.FirstToken, end = sentence.EndToken;
        bool left = t < cueFirst;
        int side = left ? 1 : 2;
        int distance = left ? cueFirst - t : t - cueEnd + 1;
        int bucket = DistanceBucket(distance);
        var w0 = CueFeatures.Word(document, t, first, end);
        var cue = document.FoldedToken(cueFirst);
        int p0 = CueFeatures.Tag(document, t, first, end), pm1 = CueFeatures.Tag(document, t - 1, first, end);
        var (commas, verbs, quotes) = Between(document, marks, left ? t + 1 : cueEnd, left ? cueFirst : t);
        ulong s = FeatureHash.Add(FeatureHash.Template(100), side);
        output[n++] = s;
        output[n++] = FeatureHash.Add(FeatureHash.Add(s, 1), bucket);
        output[n++] = FeatureHash.AddLower(FeatureHash.Add(s, 2), w0);
        output[n++] = FeatureHash.Add(FeatureHash.Add(s, 3), p0);
        output[n++] = FeatureHash.AddLower(FeatureHash.Add(s, 4), cue);
        output[n++] = FeatureHash.Add(FeatureHash.AddLower(FeatureHash.Add(s, 5), cue), bucket);
        output[n++] = FeatureHash.Add(FeatureHash.Add(s, 6), previous);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(s, 7), previous), p0);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(s, 8), previous), beforePrevious);
        output[n++] = FeatureHash.Add(FeatureHash.Add(s, 9), Math.Min(commas, 2));
        output[n++] = FeatureHash.Add(FeatureHash.Add(s, 10), Math.Min(verbs, 2));
        output[n++] = FeatureHash.Add(FeatureHash.Add(s, 11), Math.Min(quotes, 1));
        output[n++] = FeatureHash.Add(FeatureHash.Add(s, 12), marks.IsQuoted(t) ? 1 : 0);
        output[n++] = FeatureHash.Add(FeatureHash.Add(s, 13), Entity(document, t));
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(s, 14), pm1), p0);
        output[n++] = FeatureHash.AddLower(FeatureHash.Add(s, 15), CueFeatures.Word(document, t - 1, first, end));
        output[n++] = FeatureHash.AddLower(FeatureHash.Add(s, 16), CueFeatures.Word(document, t + 1, first, end));
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(s, 17), CueFeatures.CueClassAt(marks, cueFirst)), bucket);
        output[n++] = FeatureHash.Add(FeatureHash.AddLower(FeatureHash.Add(s, 18), cue), p0);
        output[n++] = FeatureHash.AddLower(FeatureHash.Add(s, 19), CueFeatures.Word(document, cueEnd, first, end));
        output[n++] = FeatureHash.AddLower(FeatureHash.Add(s, 20), CueFeatures.Word(document, cueFirst - 1, first, end));
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(s, 21), Math.Min(commas, 2)), Math.Min(verbs, 2)), previous);
        output[n++] = FeatureHash.Add(FeatureHash.Add(s, 22), (t == first ? 1 : 0) + (t == end - 1 ? 2 : 0));
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

    /// <summary>Commas, verbs and quoted tokens over tokens [from, to).</summary>
    private static (int Commas, int Verbs, int Quotes) Between(Document document, ITokenMarks marks, int from, int to)
    {
        int commas = 0, verbs = 0, quotes = 0;
        bool tagged = document.Tags.Length > 0;
        for (int t = from; t < to; t++)
        {
            var word = document.FoldedToken(t);
            if (word is "," or ";" or ":" or "\u2014" or "--") commas++;
            else if (tagged && document.TagNames[document.Tags[t]] is "VERB" or "AUX") verbs++;
            if (marks.IsQuoted(t)) quotes++;
        }
        return (commas, verbs, quotes);
    }

    private static int Entity(Document document, int t)
    {
        int entity = document.EntityAtToken(t);
        return entity < 0 ? 0 : (int)document.Entities[entity].Label + 1;
    }
}
