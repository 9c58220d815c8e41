namespace ClaimPipeline.Claims.Numbers;

/// <summary>The singular of an English plural noun, lowercased: "countries" → "country", "matches" → "match".</summary>
public static class NounLemma
{
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        ["people"] = "people", ["persons"] = "people", ["men"] = "man", ["women"] = "woman", ["children"] = "child",
        ["feet"] = "foot", ["teeth"] = "tooth", ["mice"] = "mouse", ["geese"] = "goose", ["staff"] = "staff",
        ["police"] = "police", ["series"] = "series", ["species"] = "species", ["movies"] = "movie",
        ["cookies"] = "cookie", ["lives"] = "life", ["wives"] = "wife", ["knives"] = "knife", ["halves"] = "half",
        ["news"] = "news", ["analyses"] = "analysis", ["crises"] = "crisis", ["theses"] = "thesis", ["indices"] = "index",
        ["data"] = "data", ["media"] = "media", ["criteria"] = "criterion", ["phenomena"] = "phenomenon",
    };

    public static string Of(ReadOnlySpan<char> word)
    {
        var lower = word.ToString().ToLowerInvariant();
        if (Irregular.TryGetValue(lower, out var irregular)) return irregular;
        if (IsAcronymPlural(word)) return lower[..^1]; // "MPs", "EVs", "CEOs": short, but plural all the same
        if (lower.Length <= 3 || lower[^1] != 's' || lower.EndsWith("ss", StringComparison.Ordinal)
            || lower.EndsWith("us", StringComparison.Ordinal) || lower.EndsWith("is", StringComparison.Ordinal))
            return lower;
        if (lower.EndsWith("ies", StringComparison.Ordinal) && lower.Length > 4) return lower[..^3] + "y";
        if (lower.EndsWith("sses", StringComparison.Ordinal) || lower.EndsWith("xes", StringComparison.Ordinal)
            || lower.EndsWith("ches", StringComparison.Ordinal) || lower.EndsWith("shes", StringComparison.Ordinal)
            || lower.EndsWith("zzes", StringComparison.Ordinal))
            return lower[..^2];
        return lower[..^1];
    }

    private static bool IsAcronymPlural(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word[^1] != 's') return false;
        foreach (var c in word[..^1])
            if (!char.IsUpper(c)) return false;
        return true;
    }

    /// <summary>Looks plural: ends in s but not ss, us or is ("games", "people"), or an irregular plural.</summary>
    public static bool LooksPlural(ReadOnlySpan<char> word)
    {
        if (word.Length < 3) return false;
        if (Irregular.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var singular))
            return !word.Equals(singular, StringComparison.OrdinalIgnoreCase) || singular is "people" or "staff" or "police";
        return (word[^1] is 's' or 'S') && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
            && !word.EndsWith("us", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("is", StringComparison.OrdinalIgnoreCase);
    }
}
