using ClaimPipeline.Nlp.Lexicons;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// Reads a lexicon of role&lt;TAB&gt;word lines (the role first, so that "#" can be a word) into one case-sensitive
/// <see cref="WordSet"/> per role. A role not in <paramref name="roles"/> is an error naming the file and line.
/// </summary>
public static class RoleFile
{
    public static Dictionary<string, WordSet> Read(string path, params string[] roles)
    {
        var words = roles.ToDictionary(r => r, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var line in LexiconFile.Read(path, minFields: 2))
        {
            if (!words.TryGetValue(line[0], out var list))
                throw new LexiconException($"{path}:{line.LineNumber}: unknown role '{line[0]}' (expected {string.Join(", ", roles)})");
            list.Add(line[1]);
        }
        return words.ToDictionary(p => p.Key, p => new WordSet(p.Value, ignoreCase: false), StringComparer.Ordinal);
    }
}
