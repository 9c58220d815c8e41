namespace ClaimPipeline.Nlp.Training.Corpora;

/// <summary>Entity spans from BIO tags, read leniently the way conlleval reads them.</summary>
public static class BioSpans
{
    /// <summary>
    /// Returns entity spans [Start, End) in token indices. An I-X that does not continue an X entity starts
    /// a new entity; tags other than B-/I- (O or anything malformed) end the current entity.
    /// </summary>
    public static List<(int Start, int End, string Type)> Extract(string[] tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var spans = new List<(int Start, int End, string Type)>();
        var start = -1;
        string? type = null;

        for (var i = 0; i < tags.Length; i++)
        {
            var (prefix, tagType) = Split(tags[i]);
            var continues = prefix == 'I' && type is not null && string.Equals(tagType, type, StringComparison.Ordinal);
            if (continues) continue;

            if (type is not null) spans.Add((start, i, type));
            (start, type) = tagType is null ? (-1, null) : (i, tagType);
        }

        if (type is not null) spans.Add((start, tags.Length, type));
        return spans;
    }

    /// <summary>
    /// Rewrites every I-X that does not continue an X entity as B-X. This turns IOB1 and IO tagging into
    /// BIO and fixes broken BIO, without changing which spans <see cref="Extract"/> finds.
    /// </summary>
    public static string[] RepairTags(string[] tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var repaired = new string[tags.Length];
        string? previousType = null;

        for (var i = 0; i < tags.Length; i++)
        {
            var (prefix, type) = Split(tags[i]);
            repaired[i] = prefix == 'I' && !string.Equals(type, previousType, StringComparison.Ordinal)
                ? "B-" + type
                : tags[i];
            previousType = type;
        }

        return repaired;
    }

    /// <summary>Splits "B-X"/"I-X" into prefix and type; anything else has no type.</summary>
    internal static (char Prefix, string? Type) Split(string tag)
    {
        if (tag.Length > 2 && tag[1] == '-' && (tag[0] == 'B' || tag[0] == 'I'))
            return (tag[0], tag[2..]);
        return ('O', null);
    }
}
