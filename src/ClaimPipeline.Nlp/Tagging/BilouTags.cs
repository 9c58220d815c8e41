namespace ClaimPipeline.Nlp.Tagging;

/// <summary>Converts between BIO tags (the corpora's) and BILOU tags (the recognizer's: a name's last token and single-token names get their own labels).</summary>
public static class BilouTags
{
    public static string[] FromBio(string[] bio)
    {
        var result = new string[bio.Length];
        for (int i = 0; i < bio.Length; i++)
        {
            var tag = bio[i];
            if (tag.Length < 3 || tag[1] != '-')
            {
                result[i] = "O";
                continue;
            }
            var type = tag[2..];
            bool begins = tag[0] == 'B' || i == 0 || !Continues(bio[i - 1], type);
            bool ends = i + 1 >= bio.Length || !(bio[i + 1].Length > 2 && bio[i + 1][0] == 'I' && bio[i + 1][2..] == type);
            result[i] = (begins, ends) switch
            {
                (true, true) => "U-" + type,
                (true, false) => "B-" + type,
                (false, true) => "L-" + type,
                _ => "I-" + type,
            };
        }
        return result;
    }

    public static string[] ToBio(string[] bilou)
    {
        var result = new string[bilou.Length];
        for (int i = 0; i < bilou.Length; i++)
        {
            var tag = bilou[i];
            result[i] = tag.Length < 3 ? "O" : tag[0] is 'B' or 'U' ? "B-" + tag[2..] : "I-" + tag[2..];
        }
        return result;
    }

    /// <summary>All BILOU labels for the entity types, "O" first.</summary>
    public static string[] Labels(IEnumerable<string> types)
    {
        var labels = new List<string> { "O" };
        foreach (var type in types.Order(StringComparer.Ordinal))
            foreach (var prefix in "BILU")
                labels.Add($"{prefix}-{type}");
        return labels.ToArray();
    }

    private static bool Continues(string previous, string type) =>
        previous.Length > 2 && previous[1] == '-' && previous[2..] == type;
}
